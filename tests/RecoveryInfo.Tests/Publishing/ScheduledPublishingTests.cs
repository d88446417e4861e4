using System.Xml.Linq;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Publishing;

/// <summary>
/// <c>publish_on</c> and <c>expire_on</c> on a fake clock, over Fixtures/schedule-content: at 09:00 UTC
/// on 3 December 2026 timely/launch.md and the coming/ topic publish, 20 seconds later
/// timely/retiring.md expires, and timely/old-news.md expired days before. Nothing watches the
/// folder, so whatever changes does so by the clock alone.
/// </summary>
public sealed class ScheduledPublishingTests
{
    private static readonly string _content = Path.Combine(AppContext.BaseDirectory, "Fixtures", "schedule-content");
    private static readonly DateTimeOffset _launch = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _retirement = _launch.AddSeconds(20);

    [Fact]
    public async Task A_page_appears_at_its_publish_on_in_navigation_listings_search_sitemap_and_feed_in_one_swap()
    {
        using var site = new ClockedSite(_content, ClockedSite.At(_launch.AddSeconds(-10)), watchFiles: false);
        var client = site.CreateClient();
        var store = site.Services.GetRequiredService<ContentStore>();
        Assert.Equal(404, (int)(await client.GetAsync("/timely/launch")).StatusCode);
        Assert.Equal(404, (int)(await client.GetAsync("/coming/first")).StatusCode);
        Assert.Empty(await WhereListedAsync(client, "/timely/launch", "/coming/first", "/coming", "snowdrops"));

        site.Clock.SetUtcNow(_launch.AddMilliseconds(-1));
        Assert.Equal(404, (int)(await client.GetAsync("/timely/launch")).StatusCode);

        var swaps = new List<ContentSnapshot>();
        store.Loaded += swaps.Add;
        site.Clock.SetUtcNow(_launch);

        Assert.Single(swaps);
        var page = await client.GetDocumentAsync("/timely/launch");
        Assert.Equal("Winter opening hours", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("New service opening", (await client.GetDocumentAsync("/coming/first")).QuerySelector("main h1")?.TextContent);
        Assert.Equal(
            ["navigation", "topic listing", "home listing", "search", "sitemap", "feed"],
            await WhereListedAsync(client, "/timely/launch", "/coming/first", "/coming", "snowdrops"));
    }

    [Fact]
    public async Task A_publish_on_a_day_or_more_away_swaps_nothing_in_until_it_comes()
    {
        using var site = new ClockedSite(_content, ClockedSite.At(_launch.AddHours(-32)), watchFiles: false);
        var client = site.CreateClient();
        Assert.Equal(404, (int)(await client.GetAsync("/timely/launch")).StatusCode);
        var swaps = new List<ContentSnapshot>();
        site.Services.GetRequiredService<ContentStore>().Loaded += swaps.Add;

        site.Clock.SetUtcNow(_launch.AddSeconds(-1));
        Assert.Empty(swaps);

        site.Clock.SetUtcNow(_launch.AddSeconds(1));
        Assert.Single(swaps);
        Assert.Equal(200, (int)(await client.GetAsync("/timely/launch")).StatusCode);
    }

    [Fact]
    public async Task A_page_answers_410_with_navigation_and_urgent_help_at_its_expire_on_and_leaves_every_listing()
    {
        using var site = new ClockedSite(_content, ClockedSite.At(_launch), watchFiles: false);
        var client = site.CreateClient();
        Assert.Equal("Autumn clinic dates", (await client.GetDocumentAsync("/timely/retiring")).QuerySelector("main h1")?.TextContent);
        Assert.Contains("search", await WhereListedAsync(client, "/timely/retiring", null, null, "bluebells"));

        site.Clock.SetUtcNow(_retirement);

        foreach (var url in new[] { "/timely/retiring", "/timely/old-clinic-dates", "/timely/old-news" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(410, (int)response.StatusCode);
            var page = await Html.ParseAsync(response);
            Assert.Equal("This page has been removed", page.QuerySelector("main h1")?.TextContent);
            Assert.Equal(["/timely", "/coming"], page.QuerySelectorAll("nav[aria-label='Main'] a").Select(link => Fixtures.TopicOf(link.GetAttribute("href"))));
            Assert.NotNull(page.QuerySelector(".urgent-help a[href='tel:555']"));
        }

        Assert.Empty(await WhereListedAsync(client, "/timely/retiring", null, null, "bluebells"));
    }

    [Fact]
    public async Task Two_replicas_started_either_side_of_a_publish_on_serve_the_same_bytes_once_past_it()
    {
        var folder = Fixtures.CopyContent(_content);
        using var early = new ClockedSite(folder, ClockedSite.At(_launch.AddSeconds(-10)), watchFiles: false);
        using var late = new ClockedSite(folder, ClockedSite.At(_launch.AddSeconds(5)), watchFiles: false);
        var earlyClient = early.CreateClient();
        var lateClient = late.CreateClient();
        Assert.NotEqual(await earlyClient.GetStringAsync("/healthz"), await lateClient.GetStringAsync("/healthz"));

        early.Clock.SetUtcNow(_launch.AddSeconds(5));

        Assert.Equal(await earlyClient.GetStringAsync("/healthz"), await lateClient.GetStringAsync("/healthz"));
        foreach (var url in new[] { "/", "/timely", "/timely/launch", "/coming", "/sitemap.xml", "/feed.xml" })
        {
            var fromEarly = await earlyClient.GetAsync(url);
            var fromLate = await lateClient.GetAsync(url);
            Assert.Equal(200, (int)fromEarly.StatusCode);
            Assert.Equal(fromLate.Headers.ETag?.Tag, fromEarly.Headers.ETag?.Tag);
            Assert.Equal(await fromLate.Content.ReadAsByteArrayAsync(), await fromEarly.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Development_shows_scheduled_and_expired_pages_marked_and_lists_them_on_the_content_report()
    {
        using var site = new ClockedSite(_content, ClockedSite.At(_launch.AddSeconds(-10)), "Development", watchFiles: false);
        var client = site.CreateClient();

        var launch = await client.GetDocumentAsync("/timely/launch");
        Assert.Equal("Scheduled: public from 3 December 2026 at 09:00 (UTC+00:00); only visible in Development until then", launch.QuerySelector("main .draft-tag")?.TextContent);
        var old = await client.GetDocumentAsync("/timely/old-news");
        Assert.Equal("Expired on 1 December 2026 at 00:00 (UTC+00:00): the public site answers 410 Gone", old.QuerySelector("main .draft-tag")?.TextContent);

        var topic = await client.GetDocumentAsync("/timely");
        Assert.Equal(
            [("/timely/always", null), ("/timely/launch", "Scheduled"), ("/timely/retiring", null), ("/timely/old-news", "Expired")],
            topic.QuerySelectorAll(".article-list > li").Select(item => (item.QuerySelector("a")?.GetAttribute("href"), item.QuerySelector(".draft-tag")?.TextContent)));

        var report = await client.GetDocumentAsync("/_content");
        Assert.Equal(["/coming/first", "/timely/launch", "/timely/old-news"], report.QuerySelectorAll(".content-report-schedule li a").Select(link => link.GetAttribute("href")));

        site.Clock.SetUtcNow(_launch);
        Assert.Null((await client.GetDocumentAsync("/timely/launch")).QuerySelector("main .draft-tag"));
    }

    /// <summary>Where a page shows up for readers: the main navigation (by its topic), listings, search, sitemap and feed.</summary>
    private static async Task<List<string>> WhereListedAsync(HttpClient client, string article, string? otherArticle, string? topic, string word)
    {
        var found = new List<string>();
        var home = await client.GetDocumentAsync("/");
        if (topic is not null && Links(home.QuerySelectorAll("nav[aria-label='Main'] a")).Select(Fixtures.TopicOf).Contains(topic))
        {
            found.Add("navigation");
        }

        var topicUrl = article[..article.LastIndexOf('/')];
        if ((int)(await client.GetAsync(topicUrl)).StatusCode == 200
            && Links((await client.GetDocumentAsync(topicUrl)).QuerySelectorAll("main .article-list a")).Contains(article))
        {
            found.Add("topic listing");
        }

        var homeLinks = Links(home.QuerySelectorAll("main .home-section a"));
        if (homeLinks.Contains(article) && (otherArticle is null || homeLinks.Contains(otherArticle)))
        {
            found.Add("home listing");
        }

        var results = await client.GetDocumentAsync($"/search?q={word}");
        if (Links(results.QuerySelectorAll("main ol.search-results h2 a")).Any(link => link?.Split('#')[0] == article))
        {
            found.Add("search");
        }

        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        if (sitemap.Descendants().Any(element => element.Name.LocalName == "loc" && new Uri(element.Value).AbsolutePath == article))
        {
            found.Add("sitemap");
        }

        var feed = XDocument.Parse(await client.GetStringAsync("/feed.xml"));
        if (feed.Descendants().Any(element => element.Name.LocalName == "id" && element.Parent?.Name.LocalName == "entry" && new Uri(element.Value).AbsolutePath == article))
        {
            found.Add("feed");
        }

        return found;
    }

    private static List<string?> Links(IEnumerable<IElement> links) => [.. links.Select(link => link.GetAttribute("href"))];
}
