using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Pages;

[Collection(FixtureSiteCollection.Name)]
public sealed class ArticleTests(FixtureSite site)
{
    [Fact]
    public async Task Article_shows_title_description_contents_and_body()
    {
        var document = await site.CreateClient().GetDocumentAsync("/beta/first");

        Assert.Equal("First article", document.QuerySelector("main h1")?.TextContent);
        Assert.Equal("First article – Fixture Site", document.Title);
        Assert.Equal("The first article of the beta section.", document.QuerySelector("main .lede")?.TextContent);
        Assert.Equal("The first article of the beta section.", document.QuerySelector("meta[name='description']")?.GetAttribute("content"));

        var contents = document.QuerySelectorAll("nav.contents a").Select(link => (link.TextContent, link.GetAttribute("href"))).ToList();
        Assert.Equal([("What happens next?", "#what-happens-next"), ("Where to get help", "#help")], contents);
        foreach (var (_, href) in contents)
        {
            Assert.NotNull(document.GetElementById(href![1..]));
        }
    }

    [Fact]
    public async Task Headings_get_github_style_ids_and_custom_ids_are_honoured()
    {
        var client = site.CreateClient();
        var first = await client.GetDocumentAsync("/beta/first");
        var second = await client.GetDocumentAsync("/beta/second");

        Assert.Equal("H2", first.GetElementById("what-happens-next")?.TagName);
        Assert.Equal("H3", first.GetElementById("a-detail")?.TagName);
        Assert.Equal("Where to get help", first.GetElementById("help")?.TextContent);
        Assert.Equal("Heading with a custom id", second.GetElementById("pinned")?.TextContent);
    }

    [Fact]
    public async Task Review_dates_and_sources_come_from_front_matter()
    {
        var document = await site.CreateClient().GetDocumentAsync("/beta/first");

        var times = document.QuerySelectorAll(".review-dates time").ToList();
        Assert.Equal(["2026-01-15", "2027-01-15"], times.Select(time => time.GetAttribute("datetime")));
        Assert.Equal(["15 January 2026", "15 January 2027"], times.Select(time => time.TextContent));
        Assert.Contains("Page last reviewed", document.QuerySelector(".review-dates")!.TextContent);
        Assert.Contains("Next review due", document.QuerySelector(".review-dates")!.TextContent);

        var sources = document.QuerySelectorAll(".sources li a").Select(link => (link.TextContent, link.GetAttribute("href"))).ToList();
        Assert.Equal([("Source one", "https://example.org/one"), ("Source two", "https://example.org/two")], sources);
    }

    [Fact]
    public async Task Previous_and_next_link_articles_in_topic_order()
    {
        var client = site.CreateClient();
        var first = await client.GetDocumentAsync("/beta/first");
        var second = await client.GetDocumentAsync("/beta/second");

        Assert.Null(first.QuerySelector(".pagination a[rel='prev']"));
        Assert.Equal("/beta/second", first.QuerySelector(".pagination a[rel='next']")?.GetAttribute("href"));
        Assert.Equal("/beta/first", second.QuerySelector(".pagination a[rel='prev']")?.GetAttribute("href"));
        Assert.Null(second.QuerySelector(".pagination a[rel='next']"));
    }

    [Fact]
    public async Task A_care_card_shows_its_heading_to_everyone_and_its_kind_to_screen_readers_and_a_warning_shows_its_label()
    {
        var document = await site.CreateClient().GetDocumentAsync("/beta/first");

        var card = document.QuerySelector(".article-body .care-card.care-card-emergency");
        Assert.NotNull(card);
        var heading = card.QuerySelector(".care-card-heading")!;
        Assert.Equal("H3", heading.TagName);
        Assert.Equal("Emergency advice: Call 555 now if:", heading.TextContent);
        Assert.Equal("Emergency advice: ", heading.QuerySelector(".visually-hidden")?.TextContent);
        Assert.Equal(["someone is unconscious", "someone is not breathing"], card.QuerySelectorAll(".care-card-body ul li").Select(item => item.TextContent));
        Assert.Equal("Important:", document.QuerySelector(".callout.callout-warning .callout-label")?.TextContent);
        Assert.Null(document.QuerySelector(".callout.callout-warning .callout-label")!.Closest(".visually-hidden"));
        Assert.Equal("Information: ", document.QuerySelector(".callout.callout-info .visually-hidden")?.TextContent);
    }

    [Fact]
    public async Task Pipe_tables_render_as_tables()
    {
        var document = await site.CreateClient().GetDocumentAsync("/beta/first");

        Assert.Equal(["Column A", "Column B"], document.QuerySelectorAll(".article-body table th").Select(th => th.TextContent));
    }

    [Fact]
    public async Task Raw_html_in_markdown_is_shown_as_text_not_run()
    {
        var document = await site.CreateClient().GetDocumentAsync("/beta/first");
        var body = document.QuerySelector(".article-body")!;

        Assert.Empty(body.QuerySelectorAll("script, b"));
        Assert.Contains("<script>alert(\"raw html\")</script>", body.TextContent);
    }

    [Fact]
    public async Task Unsafe_link_schemes_never_become_links_but_safe_ones_do()
    {
        var document = await site.CreateClient().GetDocumentAsync("/beta/first");
        var hrefs = document.QuerySelectorAll(".article-body a").Select(link => link.GetAttribute("href") ?? "").ToList();

        Assert.DoesNotContain(hrefs, href => href.Contains("script:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || href.Contains("\tscript"));
        Assert.Contains("mailto:help@example.org", hrefs);
        Assert.Contains("tel:+44100200300", hrefs);
        Assert.Contains("/beta/second#pinned", hrefs);
        Assert.Contains("bad link", document.QuerySelector(".article-body")!.TextContent);
    }

    [Fact]
    public async Task Author_written_attributes_such_as_event_handlers_are_dropped()
    {
        var document = await site.CreateClient().GetDocumentAsync("/beta/first");

        var link = document.QuerySelectorAll(".article-body a").Single(a => a.TextContent == "here");
        Assert.Equal("https://example.org", link.GetAttribute("href"));
        Assert.Null(link.GetAttribute("onclick"));
        Assert.Null(link.GetAttribute("style"));
        Assert.Empty(document.QuerySelectorAll("[onclick], [style]"));
    }
}
