using System.Net;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Serving;

[Collection(FixtureSiteCollection.Name)]
public sealed class StaticAssetTests(FixtureSite site)
{
    [Theory]
    [InlineData("link[rel='stylesheet']")]
    [InlineData("link[rel='icon']")]
    [InlineData("script[src]")]
    public async Task Fingerprinted_urls_in_pages_are_cached_for_a_year_as_immutable(string selector)
    {
        var client = site.CreateClient();
        var document = await client.GetDocumentAsync("/beta/first");
        var element = document.QuerySelector(selector);
        var href = element?.GetAttribute("href") ?? element?.GetAttribute("src");
        Assert.NotNull(href);
        Assert.Matches(@"\?v=[A-Za-z0-9_-]{20,}$", href);

        var response = await client.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cacheControl = response.Headers.CacheControl;
        Assert.NotNull(cacheControl);
        Assert.True(cacheControl.Public);
        Assert.Equal(TimeSpan.FromDays(365), cacheControl.MaxAge);
        Assert.Contains(cacheControl.Extensions, extension => extension.Name == "immutable");
    }

    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/favicon.svg")]
    [InlineData("/css/site.css?v=not-the-current-hash")]
    [InlineData("/css/site.css?v=")]
    public async Task Urls_without_the_current_fingerprint_are_only_cached_briefly(string url)
    {
        var response = await site.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cacheControl = response.Headers.CacheControl;
        Assert.NotNull(cacheControl);
        Assert.DoesNotContain(cacheControl.Extensions, extension => extension.Name == "immutable");
        Assert.True(cacheControl.MaxAge <= TimeSpan.FromMinutes(10), cacheControl.ToString());
    }

    [Fact]
    public async Task Pages_load_nothing_but_the_stylesheet_before_rendering_and_no_web_fonts()
    {
        var document = await site.CreateClient().GetDocumentAsync("/beta/first");

        var stylesheets = document.QuerySelectorAll("link[rel='stylesheet']");
        Assert.Single(stylesheets);
        Assert.Empty(document.QuerySelectorAll("head script:not([defer]):not([async]):not([type='module'])"));
        Assert.Empty(document.QuerySelectorAll("link[rel='preload'][as='font'], link[href*='font'], style"));
    }
}
