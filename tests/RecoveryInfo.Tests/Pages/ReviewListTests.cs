using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Pages;

/// <summary>In Development the banner and <c>/_content</c> list what the <c>review</c> command lists (Fixtures/review-content, on 15 June 2026).</summary>
public sealed class ReviewListTests
{
    private static readonly string _content = Path.Combine(AppContext.BaseDirectory, "Fixtures", "review-content");
    private static readonly DateTimeOffset _today = new(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_development_banner_lists_overdue_pages_most_overdue_first_on_every_page()
    {
        using var site = new ClockedSite(_content, ClockedSite.At(_today), "Development");
        var client = site.CreateClient();

        foreach (var url in new[] { "/", "/guide", "/guide/due-soon" })
        {
            var page = await client.GetDocumentAsync(url);
            var overdue = page.QuerySelectorAll("main .content-problems .review-overdue li").ToList();
            Assert.Equal(["/guide/long-overdue", "/guide/just-overdue"], overdue.Select(item => item.QuerySelector("a")?.GetAttribute("href")));
            Assert.Equal("Long overdue: overdue by 30 days (review-content/guide/long-overdue.md:5)", overdue[0].TextContent);
        }
    }

    [Fact]
    public async Task The_content_report_lists_overdue_and_coming_reviews_with_owner_and_file_line()
    {
        using var site = new ClockedSite(_content, ClockedSite.At(_today), "Development");

        var page = await site.CreateClient().GetDocumentAsync("/_content");

        var items = page.QuerySelectorAll("main .content-report-reviews li").ToList();
        Assert.Equal(["/guide/long-overdue", "/guide/just-overdue", "/guide/due-today", "/guide/due-soon"], items.Select(item => item.QuerySelector("a")?.GetAttribute("href")));
        Assert.Equal(["review-overdue", "review-overdue", "review-due", "review-due"], items.Select(item => item.ClassName));
        Assert.Equal(
            "Due today: due today (next review 15 June 2026), no owner, review-content/guide/due-today.md:5",
            string.Join(' ', items[2].TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Contains("owner: Clinical lead", items[3].TextContent);
    }

    [Fact]
    public async Task Nothing_overdue_means_no_review_list_in_the_banner()
    {
        using var site = new ClockedSite(_content, ClockedSite.At(_today.AddDays(-100)), "Development");

        var page = await site.CreateClient().GetDocumentAsync("/guide/due-soon");

        Assert.Null(page.QuerySelector(".review-overdue"));
    }
}
