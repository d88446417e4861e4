using System.Xml.Linq;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Pages;

/// <summary>"Page updated" notes from <c>changes:</c> (Fixtures/changes-content), on the page and in the feed.</summary>
public sealed class ChangeNoteTests : IDisposable
{
    private static readonly XNamespace _atom = "http://www.w3.org/2005/Atom";
    private readonly SiteFactory _site = new(Path.Combine(AppContext.BaseDirectory, "Fixtures", "changes-content"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task The_latest_change_shows_beside_the_review_dates_and_earlier_ones_sit_in_a_native_disclosure()
    {
        var page = await _site.CreateClient().GetDocumentAsync("/notes/updated");

        var dates = page.QuerySelector("main .article-footer .page-dates")!;
        Assert.Contains("Page last reviewed", dates.QuerySelector(".review-dates")?.TextContent);
        var updated = dates.QuerySelector(".page-updated")!;
        Assert.Equal("Page updated: 3 March 2026 – Added the NHS 111 online service to \"Where to get help\".", updated.TextContent);
        Assert.Equal("2026-03-03", updated.QuerySelector("time")?.GetAttribute("datetime"));

        // <details> opens and closes in the browser itself: no script, and closed until the reader asks.
        var earlier = dates.QuerySelector("details.page-changes")!;
        Assert.False(earlier.HasAttribute("open"));
        Assert.Equal("Earlier updates (2)", earlier.QuerySelector("summary")?.TextContent);
        Assert.Equal(
            ["20 January 2026 – Rewrote the section on withdrawal after new NICE guidance.", "2 November 2025 – First published."],
            earlier.QuerySelectorAll("li").Select(item => item.TextContent));
        Assert.Equal(["2026-01-20", "2025-11-02"], earlier.QuerySelectorAll("li time").Select(time => time.GetAttribute("datetime")));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task One_change_has_no_disclosure_and_a_page_without_changes_has_no_note()
    {
        var client = _site.CreateClient();

        var once = await client.GetDocumentAsync("/notes/one-change");
        Assert.Equal("Page updated: 10 February 2026 – Corrected a phone number.", once.QuerySelector(".page-updated")?.TextContent);
        Assert.Null(once.QuerySelector(".page-changes"));

        var never = await client.GetDocumentAsync("/notes/reviewed-only");
        Assert.Null(never.QuerySelector(".page-updated"));
        Assert.NotNull(never.QuerySelector(".review-dates"));
    }

    [Fact]
    public async Task The_feed_dates_and_summarises_each_entry_by_its_latest_change_not_its_review()
    {
        var feed = XDocument.Parse(await _site.CreateClient().GetStringAsync("/feed.xml")).Root!;

        var entries = feed.Elements(_atom + "entry")
            .ToDictionary(entry => new Uri(entry.Element(_atom + "id")!.Value).AbsolutePath, entry => (Updated: entry.Element(_atom + "updated")!.Value, Summary: entry.Element(_atom + "summary")!.Value));

        // Reviewed on 1 June, changed last on 3 March: the review alone does not announce the page again.
        Assert.Equal(("2026-03-03T00:00:00Z", "Added the NHS 111 online service to \"Where to get help\"."), entries["/notes/updated"]);
        Assert.Equal(("2026-02-10T00:00:00Z", "Corrected a phone number."), entries["/notes/one-change"]);
        Assert.Equal(("2026-04-01T00:00:00Z", "A page reviewed but never changed."), entries["/notes/reviewed-only"]);
        Assert.Equal(["/notes/reviewed-only", "/notes/updated", "/notes/one-change"], feed.Elements(_atom + "entry").Select(entry => new Uri(entry.Element(_atom + "id")!.Value).AbsolutePath));
        Assert.Equal("2026-04-01T00:00:00Z", feed.Element(_atom + "updated")?.Value);
    }

    [Fact]
    public async Task A_review_alone_leaves_the_feed_entry_as_it_was_and_a_new_change_moves_it()
    {
        var folder = Fixtures.CopyContent(Path.Combine(AppContext.BaseDirectory, "Fixtures", "changes-content"));
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        var path = Path.Combine(folder, "notes", "updated.md");
        var before = await EntryAsync(client, "/notes/updated");

        File.WriteAllText(path, File.ReadAllText(path).Replace("last_reviewed: 2026-06-01", "last_reviewed: 2026-06-02"));
        await Eventually.Until(async () => (await client.GetDocumentAsync("/notes/updated")).QuerySelector(".review-dates time")?.GetAttribute("datetime"), date => date == "2026-06-02", "the review date to change");
        Assert.Equal(before, await EntryAsync(client, "/notes/updated"));

        File.WriteAllText(path, File.ReadAllText(path).Replace("changes:\n", "changes:\n  - date: 2026-06-02\n    summary: Added a section on sleep.\n"));
        var after = await Eventually.Until(() => EntryAsync(client, "/notes/updated"), entry => entry != before, "the feed entry to follow the new change");
        Assert.Equal("2026-06-02T00:00:00Z Added a section on sleep.", after);
    }

    private static async Task<string> EntryAsync(HttpClient client, string url)
    {
        var feed = XDocument.Parse(await client.GetStringAsync("/feed.xml")).Root!;
        var entry = feed.Elements(_atom + "entry").Single(entry => new Uri(entry.Element(_atom + "id")!.Value).AbsolutePath == url);
        return $"{entry.Element(_atom + "updated")!.Value} {entry.Element(_atom + "summary")!.Value}";
    }
}
