using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Pages;

namespace RecoveryInfo.Tests.Pages;

[Collection(FixtureSiteCollection.Name)]
public sealed class LayoutTests(FixtureSite site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/beta")]
    [InlineData("/alpha")]
    [InlineData("/beta/first")]
    [InlineData("/beta/second")]
    [InlineData("/alpha/only")]
    public async Task Every_route_answers_200_with_every_layout_part(string url)
    {
        var client = site.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(200, (int)response.StatusCode);
        var document = await Html.ParseAsync(response);

        var firstLink = document.QuerySelector("body a");
        Assert.NotNull(firstLink);
        Assert.Equal("#main-content", firstLink.GetAttribute("href"));
        Assert.Equal("Skip to main content", firstLink.TextContent.Trim());
        Assert.NotNull(document.QuerySelector("main#main-content"));
        Assert.Equal("Fixture Site", document.QuerySelector("header .site-name")?.TextContent.Trim());
        Assert.NotNull(document.QuerySelector("header nav[aria-label='Main']"));
        Assert.NotNull(document.QuerySelector("footer.site-footer"));
        Assert.Single(document.QuerySelectorAll("main"));

        var urgent = document.QuerySelector("aside.urgent-help");
        Assert.NotNull(urgent);
        Assert.Contains(urgent.QuerySelectorAll("a"), link => link.GetAttribute("href") == "tel:555");
        Assert.Contains(urgent.QuerySelectorAll("a"), link => link.GetAttribute("href") == "tel:+44100200300" && link.TextContent == "Fixture Helpline");
        Assert.Contains(urgent.QuerySelectorAll("a"), link => link.GetAttribute("href") == "/beta/first");
        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Pages_have_no_inline_scripts_styles_or_third_party_requests()
    {
        var document = await site.CreateClient().GetDocumentAsync("/beta/first");

        Assert.Empty(document.QuerySelectorAll("script:not([src]), style, [style]"));
        // A canonical link names the page's public address; it is not something the browser loads.
        foreach (var resource in document.QuerySelectorAll("link[href]:not([rel='canonical']), script[src], img[src]"))
        {
            var url = resource.GetAttribute("href") ?? resource.GetAttribute("src")!;
            Assert.StartsWith("/", url);
            Assert.False(url.StartsWith("//", StringComparison.Ordinal), url);
        }

        Assert.Empty(document.QuerySelectorAll("link[href*='bootstrap'], script[src*='jquery']"));
    }

    [Fact]
    public async Task Responses_set_no_cookies()
    {
        var client = site.CreateClient();
        foreach (var url in new[] { "/", "/beta", "/beta/first", "/nowhere" })
        {
            var response = await client.GetAsync(url);
            Assert.False(response.Headers.Contains("Set-Cookie"), url);
        }
    }

    [Fact]
    public async Task Navigation_follows_topic_order_from_content()
    {
        var document = await site.CreateClient().GetDocumentAsync("/");

        var links = document.QuerySelectorAll("nav[aria-label='Main'] a").Select(link => (link.TextContent.Trim(), link.GetAttribute("href"))).ToList();
        // Alpha has one published page, so the menu goes straight to it rather than to a list of one.
        Assert.Equal([("Beta section", "/beta"), ("Alpha section", "/alpha/only")], links);
    }

    [Fact]
    public async Task Navigation_marks_the_current_topic_and_page()
    {
        var client = site.CreateClient();

        var sectionPage = await client.GetDocumentAsync("/beta");
        Assert.Equal("page", sectionPage.QuerySelector("nav[aria-label='Main'] a[href='/beta']")?.GetAttribute("aria-current"));
        Assert.Null(sectionPage.QuerySelector("nav[aria-label='Main'] a[href='/alpha']")?.GetAttribute("aria-current"));

        var articlePage = await client.GetDocumentAsync("/beta/second");
        Assert.Equal("true", articlePage.QuerySelector("nav[aria-label='Main'] a[href='/beta']")?.GetAttribute("aria-current"));
        Assert.Equal("Second article", articlePage.QuerySelector("nav[aria-label='Breadcrumb'] [aria-current='page']")?.TextContent);
        Assert.Equal(["/", "/beta"], articlePage.QuerySelectorAll("nav[aria-label='Breadcrumb'] a").Select(link => link.GetAttribute("href")));
    }

    [Fact]
    public async Task Home_shows_introduction_and_every_topic_with_its_articles()
    {
        var document = await site.CreateClient().GetDocumentAsync("/");

        Assert.Equal("Fixture Site", document.QuerySelector("main h1")?.TextContent);
        Assert.Equal("First fixture paragraph.", document.QuerySelector("main h1 + p.lede")?.TextContent);
        Assert.Equal(["Second fixture paragraph."], document.QuerySelectorAll("main .introduction p").Select(p => p.TextContent));
        Assert.Equal("/beta/first", document.QuerySelector("main .urgent-entry a")?.GetAttribute("href"));
        var sections = document.QuerySelectorAll("main section.home-section").ToList();
        Assert.Equal(["Beta section", "Alpha section"], sections.Select(section => section.QuerySelector("h2")!.TextContent));
        Assert.Equal(["/beta/first", "/beta/second"], sections[0].QuerySelectorAll("li a").Select(link => link.GetAttribute("href")));
        Assert.Equal(["/alpha/only"], sections[1].QuerySelectorAll("li a").Select(link => link.GetAttribute("href")));
    }

    [Fact]
    public async Task Section_page_lists_its_articles_with_descriptions()
    {
        var document = await site.CreateClient().GetDocumentAsync("/beta");

        Assert.Equal("Beta section", document.QuerySelector("main h1")?.TextContent);
        Assert.Equal("Beta section – Fixture Site", document.Title);
        var items = document.QuerySelectorAll("main .article-list li").ToList();
        Assert.Equal(["First article", "Second article"], items.Select(item => item.QuerySelector("a")!.TextContent));
        Assert.Equal("The first article of the beta section.", items[0].QuerySelector("p")?.TextContent);
    }

    [Fact]
    public async Task Healthz_answers_200_once_content_is_loaded()
    {
        var response = await site.CreateClient().GetAsync("/healthz");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.StartsWith("ok", await response.Content.ReadAsStringAsync());
    }
}
