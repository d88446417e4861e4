using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Sharing;

public sealed class MetaTagTests(SharingSite site) : IClassFixture<SharingSite>
{
    private const string Base = SharingSite.BaseUrl;

    [Fact]
    public async Task An_article_carries_every_tag_a_link_preview_reads()
    {
        var document = await site.CreateClient().GetDocumentAsync("/beta/first");

        Assert.Equal("First article – Fixture Site", document.Title);
        Assert.Equal("The first article of the beta section.", Meta(document, "name", "description"));
        Assert.Equal($"{Base}/beta/first", Canonical(document));
        Assert.Equal($"{Base}/beta/first", Meta(document, "property", "og:url"));
        Assert.Equal("First article", Meta(document, "property", "og:title"));
        Assert.Equal("The first article of the beta section.", Meta(document, "property", "og:description"));
        Assert.Equal("article", Meta(document, "property", "og:type"));
        Assert.Equal("Fixture Site", Meta(document, "property", "og:site_name"));
        Assert.Matches(@"^https://recovery\.example/cards/[0-9a-f]{20}\.png$", Meta(document, "property", "og:image"));
        Assert.Equal("2026-01-15", Meta(document, "property", "article:modified_time"));
        Assert.Equal("summary_large_image", Meta(document, "name", "twitter:card"));
    }

    [Theory]
    [InlineData("/", "Fixture Site", "Fixture Site", "A site built from test fixtures")]
    [InlineData("/beta", "Beta section – Fixture Site", "Beta section", "The first section in navigation order.")]
    public async Task Home_and_topic_pages_are_websites_with_their_own_canonical_url(string url, string title, string ogTitle, string description)
    {
        var document = await site.CreateClient().GetDocumentAsync(url);

        Assert.Equal(title, document.Title);
        Assert.Equal(Base + url, Canonical(document));
        Assert.Equal(Base + url, Meta(document, "property", "og:url"));
        Assert.Equal("website", Meta(document, "property", "og:type"));
        Assert.Equal(ogTitle, Meta(document, "property", "og:title"));
        Assert.Equal(description, Meta(document, "name", "description"));
        Assert.Equal(description, Meta(document, "property", "og:description"));
        Assert.Equal("Fixture Site", Meta(document, "property", "og:site_name"));
        Assert.Matches(@"^https://recovery\.example/cards/[0-9a-f]{20}\.png$", Meta(document, "property", "og:image"));
        Assert.Equal("summary_large_image", Meta(document, "name", "twitter:card"));
        Assert.Null(document.QuerySelector("meta[property='article:modified_time']"));
    }

    [Fact]
    public async Task Every_page_has_its_own_title()
    {
        var client = site.CreateClient();
        var titles = new List<string>();
        foreach (var url in new[] { "/", "/beta", "/alpha", "/beta/first", "/beta/second", "/alpha/only" })
        {
            titles.Add((await client.GetDocumentAsync(url)).Title!);
        }

        Assert.Equal(titles.Distinct(), titles);
    }

    [Fact]
    public async Task Absolute_urls_come_from_configuration_never_from_the_host_header()
    {
        // Production refuses hosts it was not configured for (see HostAndHttpsTests), but it does
        // answer on loopback; even then the page names the configured address, not the request's.
        const string RequestHost = "127.0.0.1:8123";
        var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/beta/first");
        request.Headers.Host = RequestHost;

        var response = await client.SendAsync(request);
        var document = await Html.ParseAsync(response);
        var robots = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/robots.txt") { Headers = { Host = RequestHost } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{Base}/beta/first", Canonical(document));
        Assert.Equal($"{Base}/beta/first", Meta(document, "property", "og:url"));
        Assert.DoesNotContain("127.0.0.1", document.Head!.OuterHtml);
        Assert.DoesNotContain("127.0.0.1", await robots.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_preview_image_is_served_locally_as_a_1200_by_630_png()
    {
        var client = site.CreateClient();
        var document = await client.GetDocumentAsync("/beta/first");
        var image = new Uri(Meta(document, "property", "og:image")!);

        var response = await client.GetAsync(image.AbsolutePath);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(new MediaTypeHeaderValue("image/png"), response.Content.Headers.ContentType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal(1200, BigEndian(bytes, 16));
        Assert.Equal(630, BigEndian(bytes, 20));
        Assert.Equal("1200", Meta(document, "property", "og:image:width"));
        Assert.Equal("630", Meta(document, "property", "og:image:height"));
        Assert.False(string.IsNullOrWhiteSpace(Meta(document, "property", "og:image:alt")));
    }

    [Fact]
    public async Task Error_pages_claim_no_canonical_url_and_ask_not_to_be_indexed()
    {
        var response = await site.CreateClient().GetAsync("/beta/nowhere");
        var document = await Html.ParseAsync(response);

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Null(document.QuerySelector("link[rel='canonical']"));
        Assert.Null(document.QuerySelector("meta[property='og:url']"));
        Assert.Equal("noindex", Meta(document, "name", "robots"));
    }

    [Fact]
    public async Task An_old_page_url_answers_301_to_the_page_that_still_has_the_old_section()
    {
        var client = site.CreateRawClient();

        var response = await client.GetAsync("/old/first-article");
        Assert.Equal(301, (int)response.StatusCode);
        Assert.Equal("/beta/first", response.Headers.Location?.OriginalString);

        // Browsers carry the #fragment over a redirect, so the old section link must exist on the new page.
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.NotNull(page.GetElementById("old-heading"));
    }

    private static string? Meta(IDocument document, string attribute, string name) =>
        Assert.Single(document.Head!.QuerySelectorAll($"meta[{attribute}='{name}']")).GetAttribute("content");

    private static string? Canonical(IDocument document) =>
        Assert.Single(document.Head!.QuerySelectorAll("link[rel='canonical']")).GetAttribute("href");

    private static int BigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
