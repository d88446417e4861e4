using System.Net;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Serving;

[Collection(FixtureSiteCollection.Name)]
public sealed class PageWeightTests(FixtureSite site)
{
    private const int MaxRequests = 4;

    /// <summary>Deferred scripts do not hold up the first paint: quick exit and offline help on every page, and share on articles.</summary>
    private const int MaxDeferredScripts = 3;
    private const int MaxCompressedBytes = 30 * 1024;

    [Theory]
    [InlineData("/beta/first")]
    [InlineData("/")]
    public async Task A_page_renders_from_four_requests_and_everything_it_loads_fits_in_30_kb_compressed(string url)
    {
        var client = site.CreateClient();
        var page = await GetAsync(client, url);
        var document = await Html.ParseAsync(await GetAsync(client, url, compressed: false));

        var resources = document.QuerySelectorAll("link[rel='stylesheet'], link[rel~='icon'], script[src], img[src], link[rel='preload'], link[rel='modulepreload']")
            .Select(element => element.GetAttribute("href") ?? element.GetAttribute("src")!)
            .Distinct()
            .ToList();
        var deferred = document.QuerySelectorAll("script[src][defer]").Select(element => element.GetAttribute("src")!).ToList();
        var toRender = resources.Except(deferred).ToList();
        Assert.True(1 + toRender.Count <= MaxRequests, $"{url} needs {1 + toRender.Count} requests before it can render: {string.Join(", ", toRender)}");
        Assert.True(deferred.Count <= MaxDeferredScripts, $"{url} loads {deferred.Count} scripts: {string.Join(", ", deferred)}");

        var total = (await page.Content.ReadAsByteArrayAsync()).Length;
        foreach (var resource in resources)
        {
            var response = await GetAsync(client, resource);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            total += (await response.Content.ReadAsByteArrayAsync()).Length;
        }

        Assert.True(total <= MaxCompressedBytes, $"{url} transfers {total} bytes");
    }

    [Fact]
    public async Task The_stylesheet_loads_no_fonts_and_nothing_else()
    {
        var css = await site.CreateClient().GetStringAsync("/css/site.css");

        Assert.DoesNotContain("@font-face", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", css, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", css, StringComparison.OrdinalIgnoreCase);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string url, bool compressed = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (compressed)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        }

        return client.SendAsync(request);
    }
}
