using RecoveryInfo.Tests.Export;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Publishing;

/// <summary>A static copy cannot publish on time: the export leaves out pages not yet published, and expired ones, and says so.</summary>
public sealed class ScheduledExportTests
{
    [Fact]
    public async Task The_export_leaves_out_pages_before_their_publish_on_and_after_their_expire_on_and_says_so()
    {
        var content = ExportFixture.CleanContent();
        ContentFiles.Write(content, "care/later.md", ContentFiles.Article("Opening in 2099", order: 8, extraFrontMatter: "publish_on: 2099-01-01T09:00+00:00"));
        ContentFiles.Write(content, "care/bygone.md", ContentFiles.Article("Closed in 2020", order: 9, extraFrontMatter: "expire_on: 2020-01-01T00:00+00:00"));
        var output = Path.Combine(Directory.CreateTempSubdirectory("recoveryinfo-export-").FullName, "site");

        var (exitCode, stdout, stderr) = await RunAsync("export", output, "--content", content);

        Assert.True(exitCode == 0, stderr + stdout);
        Assert.Contains("export: left out /care/later (content/care/later.md): not published until 1 January 2099 at 09:00 (UTC+00:00); export again after that to include it", stdout);
        Assert.Contains("export: left out /care/bygone (content/care/bygone.md): expired on 1 January 2020 at 00:00 (UTC+00:00)", stdout);
        Assert.True(File.Exists(Path.Combine(output, "care", "first-steps", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "care", "later")));
        Assert.False(Directory.Exists(Path.Combine(output, "care", "bygone")));
        foreach (var file in new[] { "index.html", "care/index.html", "sitemap.xml", "feed.xml" })
        {
            var text = File.ReadAllText(Path.Combine(output, file));
            Assert.DoesNotContain("/care/later", text);
            Assert.DoesNotContain("/care/bygone", text);
        }
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] arguments) =>
        SiteProcess.RunAsync(Path.Combine(Path.GetDirectoryName(Fixtures.RealContentPath)!, "src", "RecoveryInfo.Web"), null, arguments);
}
