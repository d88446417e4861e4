using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Cli;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Publishing;

/// <summary>
/// What the check says about <c>publish_on</c> and <c>expire_on</c>, at its file line: impossible or
/// reversed times stop the page, links that would reach readers before their page does (or after
/// it has gone) are reported where they are. The clock is 10 seconds before the fixture's launch.
/// </summary>
public sealed class PublishingCheckTests
{
    private static readonly string _fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "schedule-content");
    private static readonly DateTimeOffset _now = new(2026, 12, 3, 8, 59, 50, TimeSpan.Zero);

    // The extra front matter starts on line 7.
    public static TheoryData<string, string> Impossible() => new()
    {
        { "publish_on: 2026-02-30T09:00+00:00", "7:1: error: 'publish_on' 2026-02-30T09:00+00:00 is not a real date and time" },
        { "publish_on: 2026-12-03T25:00+00:00", "7:1: error: 'publish_on' 2026-12-03T25:00+00:00 is not a real date and time" },
        { "expire_on: 2026-12-03T09:00", "7:1: error: 'expire_on' needs the offset from UTC after the time: 2026-12-03T09:00+00:00 in UK winter time (GMT), 2026-12-03T09:00+01:00 in summer (BST)" },
        { "publish_on: 2026-12-03", "7:1: error: 'publish_on' needs a time and its offset from UTC after the date, like 2026-12-03T09:00+00:00" },
        { "publish_on: next week", "7:1: error: 'publish_on' must be a date and a time with its offset from UTC, like 2026-12-03T09:00+00:00, not 'next week'" },
        { "publish_on: 2026-12-03T10:00+00:00\nexpire_on: 2026-12-03T09:00+00:00", "8:1: error: expire_on (2026-12-03T09:00+00:00) must be after publish_on (2026-12-03T10:00+00:00), or the page is never public" },
        { "publish_on: 2026-12-03T10:00+01:00\nexpire_on: 2026-12-03T09:00Z", "8:1: error: expire_on (2026-12-03T09:00+00:00) must be after publish_on (2026-12-03T10:00+01:00), or the page is never public" },
    };

    [Theory]
    [MemberData(nameof(Impossible))]
    public void Impossible_or_reversed_times_are_errors_at_their_line_and_stop_the_page(string times, string expected)
    {
        var snapshot = Load(("timely/bad.md", Page("Bad times", times)));

        Assert.Contains($"content/timely/bad.md:{expected}", Findings(snapshot, "timely/bad.md"));
        Assert.Null(snapshot.FindArticle("/timely/bad"));
    }

    [Theory]
    [InlineData("publish_on: 2026-12-03T09:00:00+00:00")]
    [InlineData("publish_on: 2026-12-03T09:00Z")]
    [InlineData("publish_on: \"2026-12-03 10:00+01:00\"")]
    [InlineData("publish_on: 2026-12-03T09:00+00:00\nexpire_on: 2027-01-31T23:59+00:00")]
    public void Good_times_give_no_finding(string times)
    {
        var snapshot = Load(("timely/good.md", Page("Good times", times)));

        Assert.Empty(Findings(snapshot, "timely/good.md"));
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero), snapshot.Schedule.Scheduled.Single(article => article.Url == "/timely/good").PublishOn);
    }

    [Fact]
    public void A_link_from_a_published_page_to_one_not_yet_published_is_an_error_at_the_link()
    {
        var snapshot = Load(("timely/linking.md", Page("Linking page", "", "See [the winter hours](/timely/launch).")));

        Assert.Equal(
            ["content/timely/linking.md:18:5: error: link to /timely/launch goes to a page that is not published until 3 December 2026 at 09:00 (UTC+00:00), "
                + "so readers would find nothing there; remove the link until then, or give this page a publish_on at or after that time"],
            Findings(snapshot, "timely/linking.md"));
    }

    [Theory]
    [InlineData("publish_on: 2026-12-03T09:00+00:00", 0)]
    [InlineData("publish_on: 2026-12-04T09:00+00:00", 0)]
    [InlineData("publish_on: 2026-12-03T08:59:59+00:00", 1)]
    [InlineData("draft: true", 0)]
    public void A_page_published_with_or_after_the_one_it_links_to_may_link_to_it(string times, int errors)
    {
        var snapshot = Load(("timely/linking.md", Page("Linking page", times, "See [the winter hours](/timely/launch).")));

        Assert.Equal(errors, Findings(snapshot, "timely/linking.md").Count);
    }

    [Fact]
    public void Links_to_an_expired_page_are_errors_and_links_to_one_that_will_expire_are_warnings()
    {
        var snapshot = Load(("timely/linking.md", Page("Linking page", "", "See [summer](/timely/old-news) and [autumn](/timely/retiring).")));

        Assert.Equal(
            [
                "content/timely/linking.md:18:5: error: link to /timely/old-news goes to a page that expired on 1 December 2026 at 00:00 (UTC+00:00) and answers 410 Gone; remove the link",
                "content/timely/linking.md:18:36: warning: link to /timely/retiring stops working on 3 December 2026 at 09:00 (UTC+00:00), when that page expires; remove it by then",
            ],
            Findings(snapshot, "timely/linking.md"));
    }

    [Fact]
    public void A_scheduled_page_may_carry_change_notes_up_to_its_publish_date()
    {
        var snapshot = Load(
            ("timely/ready.md", Page("Ready", "publish_on: 2026-12-05T09:00+00:00\nchanges:\n  - date: 2026-12-05\n    summary: First published.")),
            ("timely/early.md", Page("Early", "publish_on: 2026-12-05T09:00+00:00\nchanges:\n  - date: 2026-12-06\n    summary: Too soon.")));

        Assert.Empty(Findings(snapshot, "timely/ready.md"));
        Assert.Equal(
            ["content/timely/early.md:9:1: error: changes: 2026-12-06 is in the future; a note records a change already made, so date it the day the page changed"],
            Findings(snapshot, "timely/early.md"));
    }

    [Fact]
    public void The_check_command_prints_them_as_path_line_col()
    {
        var folder = Fixtures.CopyContent(_fixture);
        ContentFiles.Write(folder, "timely/bad.md", Page("Bad times", "publish_on: 2026-12-03T10:00+00:00\nexpire_on: 2026-12-03T09:00+00:00"));
        using var output = new StringWriter();

        var code = CheckCommand.Run(["--content", folder], "content", output, TextWriter.Null);

        Assert.Contains("content/timely/bad.md:8:1: error: expire_on (2026-12-03T09:00+00:00) must be after publish_on (2026-12-03T10:00+00:00), or the page is never public", output.ToString());
        Assert.Equal(1, code);
    }

    private static ContentSnapshot Load(params (string Path, string Text)[] files)
    {
        var folder = Fixtures.CopyContent(_fixture);
        foreach (var (path, text) in files)
        {
            ContentFiles.Write(folder, path, text);
        }

        return SnapshotBuilder.Create(ClockedSite.At(_now)).Load(folder, includeDrafts: false);
    }

    private static List<string> Findings(ContentSnapshot snapshot, string path) =>
        [.. snapshot.Diagnostics.Where(diagnostic => diagnostic.Path == "content/" + path).Select(diagnostic => diagnostic.ToString())];

    /// <summary>An article whose extra front matter starts on line 7, with <paramref name="body"/> on line 18 when the extra is one line.</summary>
    private static string Page(string title, string extra, string body = "Some text.") => $"""
        ---
        title: {title}
        description: A page for the publishing checks.
        order: 9
        last_reviewed: 2026-11-01
        next_review: 2027-11-01
        {extra}
        sources:
          - title: Source A
            url: https://example.org/a
          - title: Source B
            url: https://example.org/b
        ---

        ## About

        Some text.
        {body}

        """;
}
