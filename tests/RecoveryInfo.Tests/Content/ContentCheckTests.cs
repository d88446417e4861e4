using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Cli;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Content;

/// <summary>
/// The check command over Fixtures/broken-content, where each file has one named problem
/// (removed-anchor.md's is an entry in anchors.txt for a section it no longer has).
/// </summary>
public sealed class ContentCheckTests
{
    private static readonly string _brokenContent = Path.Combine(AppContext.BaseDirectory, "Fixtures", "broken-content");

    private static readonly string[] _expected =
    [
        "broken-content/guide/alias-of-a-page.md:1:1: error: alias /guide/good is the URL of a published page",
        "broken-content/guide/duplicate-alias-second.md:1:1: error: alias /old/shared already points to /guide/duplicate-alias-first",
        "broken-content/guide/duplicate-url.md:1:1: error: the URL /guide/good is already used by broken-content/guide/good.md; set a different slug",
        "broken-content/guide/image-without-alt.md:15:1: error: image '/images/ok.png' has no alt text; describe it inside the square brackets",
        "broken-content/guide/impossible-date.md:4:16: error: 'last_reviewed' must be a real date written as YYYY-MM-DD, not '2026-02-30'",
        "broken-content/guide/link-to-draft.md:15:5: error: link to /guide/draft goes to a draft, which readers cannot see; publish it (remove draft: true) or remove the link",
        "broken-content/guide/missing-anchor.md:15:5: error: link to /guide/good#curent-heading: that page has no section with id 'curent-heading'; did you mean '#current-heading'?",
        "broken-content/guide/missing-image.md:15:1: error: image /images/chart.png not found: there is no file images/chart.png in the content folder",
        "broken-content/guide/missing-page.md:15:5: error: link to /guide/nowhere goes nowhere: no page has that URL",
        "broken-content/guide/missing-title.md:1:1: error: front matter is missing the required field 'title'",
        "broken-content/guide/one-source.md:1:1: warning: only 1 source(s); health pages should cite at least two",
        "broken-content/guide/overdue-review.md:5:1: warning: next_review 2020-01-01 has passed; review the page and update last_reviewed and next_review",
        "broken-content/guide/remote-image.md:15:1: error: image 'https://example.org/logo.png' is on another website; save it in images/ and link it as /images/NAME",
        "broken-content/guide/removed-anchor.md:1:1: error: shared links to /guide/removed-anchor#old-section no longer land on a section: this page has no section with the id 'old-section' any more. To keep them working, add the lines \"anchor_aliases:\" and \"  old-section: new-section-id\" to this file's front matter, putting the id of the section that replaced it on the right. If the section was removed on purpose, run: dotnet run --project src/RecoveryInfo.Web -- anchors",
        "broken-content/guide/review-order.md:1:1: error: next_review (2026-01-01) must be after last_reviewed (2026-06-01)",
        "broken-content/guide/skipped-heading.md:17:1: error: heading 'Too deep' jumps from level 2 to 4; use ###",
        "broken-content/guide/unknown-key.md:11:1: error: unknown key 'ordr'; did you mean 'order'?",
        "broken-content/guide/wrong-type.md:11:8: error: 'order' must be a whole number, not 'first'",
        "checked 16 articles in 1 topics: 16 error(s), 2 warning(s)",
    ];

    [Fact]
    public void Check_prints_one_line_per_problem_then_a_summary_and_exits_1_on_errors()
    {
        var (code, output, error) = Check("--content", _brokenContent);

        Assert.Equal(_expected, output);
        Assert.Empty(error);
        Assert.Equal(1, code);
    }

    [Fact]
    public void Check_exits_0_when_there_are_only_warnings_and_prints_them()
    {
        var folder = Fixtures.CopyContent(_brokenContent);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "guide"), "*.md"))
        {
            if (Path.GetFileName(file) is not ("good.md" or "draft.md" or "one-source.md" or "overdue-review.md"))
            {
                File.Delete(file);
            }
        }

        RegenerateAnchorRegistry(folder);

        var (code, output, _) = Check("--content", folder);

        var name = Path.GetFileName(folder);
        Assert.Equal(
            [
                $"{name}/guide/one-source.md:1:1: warning: only 1 source(s); health pages should cite at least two",
                $"{name}/guide/overdue-review.md:5:1: warning: next_review 2020-01-01 has passed; review the page and update last_reviewed and next_review",
                "checked 4 articles in 1 topics: 0 error(s), 2 warning(s)",
            ],
            output);
        Assert.Equal(0, code);
    }

    [Fact]
    public void Check_exits_0_with_just_the_summary_for_clean_content()
    {
        var folder = Fixtures.CopyContent(_brokenContent);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "guide"), "*.md").Where(file => Path.GetFileName(file) != "good.md"))
        {
            File.Delete(file);
        }

        RegenerateAnchorRegistry(folder);

        var (code, output, _) = Check("--content", folder);

        Assert.Equal(["checked 1 articles in 1 topics: 0 error(s), 0 warning(s)"], output);
        Assert.Equal(0, code);
    }

    [Theory]
    [InlineData("--contents")]
    [InlineData("--content")]
    [InlineData("--content", "--verbose")]
    [InlineData("extra")]
    public void Usage_errors_exit_2_with_the_usage_on_standard_error(params string[] args)
    {
        var (code, output, error) = Check(args);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("check: ", error[0]);
        Assert.Equal("usage: check [--content PATH] [--readability]", error[^1]);
    }

    [Fact]
    public void A_missing_folder_is_a_usage_error_that_names_the_folder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "recoveryinfo-no-such-folder-" + Guid.NewGuid().ToString("N"));

        var (code, _, error) = Check("--content", missing);

        Assert.Equal(2, code);
        Assert.Equal($"check: the content folder '{missing}' does not exist", error[0]);
    }

    [Fact]
    public void The_site_and_the_check_report_the_same_problems()
    {
        var loader = SnapshotBuilder.Create();

        var production = loader.Load(_brokenContent, includeDrafts: false).Diagnostics;
        var development = loader.Load(_brokenContent, includeDrafts: true).Diagnostics;

        Assert.Equal(development, production);
        Assert.Equal(_expected.Length - 1, production.Count);
    }

    [Fact]
    public async Task The_program_runs_the_check_without_starting_a_web_server()
    {
        var (exitCode, output, error) = await SiteProcess.RunAsync(Path.GetTempPath(), null, "check", "--content", _brokenContent);

        Assert.Equal(_expected, output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("", error);
        Assert.Equal(1, exitCode);
    }

    /// <summary>Pages were removed on purpose, so the anchor registry is rewritten, as an editor would.</summary>
    private static void RegenerateAnchorRegistry(string folder) =>
        Assert.Equal(0, AnchorsCommand.Run(["--content", folder], folder, TextWriter.Null, TextWriter.Null));

    private static (int Code, string[] Output, string[] Error) Check(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CheckCommand.Run(args, "content", output, error);
        return (code, Lines(output), Lines(error));
    }

    private static string[] Lines(StringWriter writer) => writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
