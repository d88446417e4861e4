using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Endpoints;

namespace RecoveryInfo.Tests.Sharing;

public sealed class SitemapTests(SharingSite site) : IClassFixture<SharingSite>
{
    private static readonly XNamespace _sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Sitemap_lists_every_published_page_with_its_last_review_date()
    {
        var entries = await SitemapEntries(site);

        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["https://recovery.example/"] = "2026-03-01",
                ["https://recovery.example/beta"] = "2026-02-01",
                ["https://recovery.example/beta/first"] = "2026-01-15",
                ["https://recovery.example/beta/second"] = "2026-02-01",
                ["https://recovery.example/alpha"] = "2026-03-01",
                ["https://recovery.example/alpha/only"] = "2026-03-01",
            },
            entries);
    }

    [Fact]
    public async Task Sitemap_leaves_out_drafts_even_where_drafts_are_shown()
    {
        using var development = new SiteFactory(Fixtures.ContentPath, "Development")
            .WithWebHostBuilder(builder => builder.UseSetting("Site:BaseUrl", SharingSite.BaseUrl));
        Assert.Equal(200, (int)(await development.CreateClient().GetAsync("/alpha/draft")).StatusCode);

        var entries = await SitemapEntries(development);

        Assert.DoesNotContain("https://recovery.example/alpha/draft", entries.Keys);
        Assert.Contains("https://recovery.example/alpha/only", entries.Keys);
    }

    [Fact]
    public async Task Sitemap_lists_the_glossary_where_the_content_has_one()
    {
        using var real = new RealContentSharingSite();
        Assert.Equal(200, (int)(await real.CreateClient().GetAsync("/glossary")).StatusCode);

        var entries = await SitemapEntries(real);

        Assert.Contains("https://recovery.example/glossary", entries.Keys);
        Assert.DoesNotContain(entries.Keys, url => url.Contains("/s/", StringComparison.Ordinal) || url.Contains("/l/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_txt_allows_everything_and_points_to_the_sitemap()
    {
        var response = await site.CreateClient().GetAsync("/robots.txt");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("User-agent: *", lines);
        Assert.DoesNotContain(lines, line => line.StartsWith("Disallow: /", StringComparison.Ordinal));
        Assert.Contains("Sitemap: https://recovery.example/sitemap.xml", lines);
    }

    private static async Task<Dictionary<string, string?>> SitemapEntries(WebApplicationFactory<Program> factory)
    {
        var response = await factory.CreateClient().GetAsync("/sitemap.xml");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);

        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(_sitemap + "urlset", xml.Root!.Name);
        var urls = xml.Root.Elements(_sitemap + "url").ToList();
        Assert.Equal(urls.Count, xml.Root.Elements().Count());
        return urls.ToDictionary(url => url.Element(_sitemap + "loc")!.Value, url => url.Element(_sitemap + "lastmod")?.Value);
    }
}
