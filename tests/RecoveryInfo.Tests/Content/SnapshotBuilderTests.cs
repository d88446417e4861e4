using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Content;

public sealed class SnapshotBuilderTests
{
    [Fact]
    public void Topic_settings_under_the_old_file_name_still_count_with_a_warning_to_rename_them()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        File.Move(Path.Combine(folder, "beta", "_topic.yml"), Path.Combine(folder, "beta", "_section.yml"));

        var snapshot = SnapshotBuilder.Create().Load(folder, includeDrafts: false);

        var fresh = SnapshotBuilder.Create().Load(Fixtures.ContentPath, includeDrafts: false);
        Assert.Equal(fresh.FindTopic("beta")!.Title, snapshot.FindTopic("beta")!.Title);
        Assert.Contains(
            "content/beta/_section.yml:1:1: warning: rename _section.yml to _topic.yml: topic settings now have that name (this file is still read)",
            snapshot.Diagnostics.Select(found => found.ToString()));
    }

    [Fact]
    public void The_same_content_gives_the_same_version_and_an_edit_changes_it()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        var first = SnapshotBuilder.Create().Load(folder, includeDrafts: false).Version;
        var second = SnapshotBuilder.Create().Load(folder, includeDrafts: false).Version;
        File.AppendAllText(Path.Combine(folder, "beta", "first.md"), "\nOne more line.\n");

        var edited = SnapshotBuilder.Create().Load(folder, includeDrafts: false).Version;

        Assert.Equal(first, second);
        Assert.NotEqual(first, edited);
    }
}
