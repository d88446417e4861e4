using System.Net;
using RecoveryInfo.Tests.Infrastructure;
using static RecoveryInfo.Tests.Sharing.SharePreviews;

namespace RecoveryInfo.Tests.Sharing;

/// <summary>A section's share URL (<c>/topic/page/s/id</c>): the section's own preview for crawlers, the section for readers.</summary>
public sealed class SectionShareTests(SharingSite site) : IClassFixture<SharingSite>
{
    private const string Base = SharingSite.BaseUrl;
    private const string ShareUrl = "/beta/first/s/what-happens-next";

    [Fact]
    public async Task Every_preview_crawler_gets_the_sections_title_description_and_card_with_the_page_as_canonical()
    {
        var client = site.CreateRawClient();
        var pages = new List<string>();
        foreach (var agent in CrawlerAgents)
        {
            var response = await GetAsCrawlerAsync(client, ShareUrl, agent);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var document = await Html.ParseAsync(response);
            pages.Add(document.Head!.OuterHtml);

            Assert.Equal("What happens next? – First article", Meta(document, "property", "og:title"));
            Assert.Equal("What happens next? – First article", Meta(document, "name", "twitter:title"));
            Assert.Equal("Text under the first heading. See the second article.", Meta(document, "property", "og:description"));
            Assert.Equal("Text under the first heading. See the second article.", Meta(document, "name", "twitter:description"));
            Assert.Equal($"{Base}/beta/first", Canonical(document));
            Assert.Equal(Base + ShareUrl, Meta(document, "property", "og:url"));
            Assert.Equal("Fixture Site", Meta(document, "property", "og:site_name"));
            Assert.Equal("summary_large_image", Meta(document, "name", "twitter:card"));
            Assert.Equal(Meta(document, "property", "og:image"), Meta(document, "name", "twitter:image"));
            Assert.Equal("/beta/first#what-happens-next", Refresh(document));
            Assert.Equal("/beta/first#what-happens-next", document.QuerySelector("body a")?.GetAttribute("href"));
            Assert.Empty(document.QuerySelectorAll("script"));
        }

        Assert.Single(pages.Distinct());
    }

    [Fact]
    public async Task The_section_card_is_its_own_and_differs_from_the_pages()
    {
        var client = site.CreateClient();
        var section = await client.GetDocumentAsync(ShareUrl);
        var other = await client.GetDocumentAsync("/beta/first/s/help");
        var page = await client.GetDocumentAsync("/beta/first");

        var cards = new[] { section, other, page }.Select(document => Meta(document, "property", "og:image")!).ToList();
        Assert.Equal(3, cards.Distinct().Count());
        foreach (var card in cards)
        {
            Assert.StartsWith(Base + "/cards/", card, StringComparison.Ordinal);
            var png = await client.GetByteArrayAsync(new Uri(card).AbsolutePath);
            Assert.Equal((1200, 630), PngSize(png));
        }
    }

    [Fact]
    public async Task A_heading_with_no_text_before_a_smaller_one_is_described_by_the_text_inside_it()
    {
        var document = await site.CreateClient().GetDocumentAsync("/beta/first/s/help");

        Assert.Equal("Where to get help – First article", Meta(document, "property", "og:title"));
        Assert.Contains("someone is unconscious", Meta(document, "property", "og:description"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/beta/first/s/old-heading", "/beta/first/s/what-happens-next")]
    [InlineData("/old/first-article/s/help", "/beta/first/s/help")]
    [InlineData("/old/first-article/s/old-heading", "/beta/first/s/what-happens-next")]
    public async Task Renamed_sections_and_moved_pages_answer_301_to_the_current_share_url(string old, string current)
    {
        var response = await site.CreateRawClient().GetAsync(old);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(current, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/beta/first/s/no-such-section")]
    [InlineData("/beta/nowhere/s/help")]
    [InlineData("/beta/first/s/%3Cscript%3Ealert(%22xss-marker%22)%3C%2Fscript%3E")]
    [InlineData("/beta/first/s/..%2F..%2F..%2Fetc%2Fxss-marker")]
    [InlineData("/beta/first/s/%252e%252e%252fxss-marker")]
    [InlineData("/beta/first/s/xss-marker%22%3E%3Cimg%20src=x%3E")]
    [InlineData("/beta/first/s/%E2%80%AExss-marker")]
    public async Task Unknown_or_hostile_sections_answer_404_and_never_repeat_the_value(string url)
    {
        var response = await site.CreateRawClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("xss-marker", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("no-such-section", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_very_long_section_value_is_refused_without_a_server_error()
    {
        var response = await site.CreateRawClient().GetAsync("/beta/first/s/" + new string('x', 6000) + "xss-marker");
        var body = await response.Content.ReadAsStringAsync();

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.DoesNotContain("xss-marker", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Share_urls_stay_out_of_the_sitemap()
    {
        var sitemap = await site.CreateClient().GetStringAsync("/sitemap.xml");

        Assert.Contains("/beta/first<", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/s/", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/l/", sitemap, StringComparison.Ordinal);
    }
}
