using System.Net;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Security;

/// <summary>Every kind of response the site gives carries the same privacy and security headers, and no cookie.</summary>
[Collection(KestrelFixtureSiteCollection.Name)]
public sealed class SecurityHeaderTests(KestrelFixtureSite site)
{
    public const string ExpectedPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; manifest-src 'self'; connect-src 'self'; worker-src 'self'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static TheoryData<string, int> RouteKinds => new()
    {
        { "home page", 200 },
        { "section page", 200 },
        { "article page", 200 },
        { "HEAD of an article", 200 },
        { "search page", 200 },
        { "search results", 200 },
        { "sitemap", 200 },
        { "robots.txt", 200 },
        { "feed", 200 },
        { "stylesheet", 200 },
        { "script", 200 },
        { "share card image", 200 },
        { "icon", 200 },
        { "unchanged stylesheet (304)", 304 },
        { "health check", 200 },
        { "redirect to the canonical URL", 301 },
        { "unknown page", 404 },
        { "page that fails", 500 },
        { "PUT to a page", 405 },
        { "too many searches", 429 },
        { "unexpected host", 400 },
    };

    [Theory]
    [MemberData(nameof(RouteKinds))]
    public async Task Every_kind_of_response_carries_the_security_headers_and_sets_no_cookie(string kind, int status)
    {
        var response = await SendAsync(kind);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(ExpectedPolicy, Single(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
        // Removed on purpose: with no cookies, logins, cross-origin windows or postMessage it protected
        // nothing, and the renderer swap it forces costs readers on low-end phones.
        Assert.False(response.Headers.Contains("Cross-Origin-Opener-Policy"), "Cross-Origin-Opener-Policy header present");
        Assert.Equal("same-origin", Single(response, "Cross-Origin-Resource-Policy"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        var permissions = Single(response, "Permissions-Policy").Split(", ");
        Assert.Contains("camera=()", permissions);
        Assert.Contains("microphone=()", permissions);
        Assert.Contains("geolocation=()", permissions);
        Assert.Contains("payment=()", permissions);
        Assert.Contains("usb=()", permissions);
        Assert.False(response.Headers.Contains("Server"), "Server header present");
        Assert.False(response.Headers.Contains("X-Powered-By"), "X-Powered-By header present");
        Assert.False(response.Headers.Contains("Set-Cookie"), $"{kind} set a cookie");
    }

    [Fact]
    public void The_policy_allows_no_inline_or_evaluated_code()
    {
        Assert.DoesNotContain("unsafe-", ExpectedPolicy);
        Assert.DoesNotContain("*", ExpectedPolicy);
        Assert.StartsWith("default-src 'none';", ExpectedPolicy);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/beta")]
    [InlineData("/beta/first")]
    [InlineData("/nowhere")]
    public async Task Pages_have_nothing_the_policy_would_block(string url)
    {
        using var client = Client();
        var document = await client.GetDocumentAsync(url);

        Assert.Empty(document.QuerySelectorAll("script:not([src]), style, [style]"));
        Assert.DoesNotContain(document.All, element => element.Attributes.Any(attribute => attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        foreach (var element in document.QuerySelectorAll("script[src], link[rel~='stylesheet'], link[rel~='icon'], link[rel='manifest'], link[rel~='preload'], img[src]"))
        {
            var target = element.GetAttribute("src") ?? element.GetAttribute("href")!;
            Assert.True(target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal), $"{url} loads {target} from elsewhere");
        }
    }

    private async Task<HttpResponseMessage> SendAsync(string kind)
    {
        using var client = Client();
        switch (kind)
        {
            case "home page":
                return await client.GetAsync("/");
            case "section page":
                return await client.GetAsync("/beta");
            case "article page":
                return await client.GetAsync("/beta/first");
            case "HEAD of an article":
                return await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/beta/first"));
            case "search page":
                return await client.SendAsync(FromOwnClient("/search", "198.51.100.1"));
            case "search results":
                return await client.SendAsync(FromOwnClient("/search?q=first", "198.51.100.2"));
            case "sitemap":
                return await client.GetAsync("/sitemap.xml");
            case "robots.txt":
                return await client.GetAsync("/robots.txt");
            case "feed":
                return await client.GetAsync("/feed.xml");
            case "stylesheet":
                return await client.GetAsync("/css/site.css");
            case "script":
                return await client.GetAsync("/js/share.js");
            case "share card image":
                var card = (await client.GetDocumentAsync("/beta/first")).QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
                return await client.GetAsync(new Uri(card).AbsolutePath);
            case "icon":
                return await client.GetAsync("/favicon.svg");
            case "unchanged stylesheet (304)":
                var first = await client.GetAsync("/css/site.css");
                var request = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
                request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
                return await client.SendAsync(request);
            case "health check":
                return await client.GetAsync("/healthz");
            case "redirect to the canonical URL":
                return await client.GetAsync("/Beta/First");
            case "unknown page":
                return await client.GetAsync("/nowhere");
            case "page that fails":
                return await client.GetAsync("/beta/first?" + ThrowWhenAsked.Query);
            case "PUT to a page":
                return await client.PutAsync("/beta/first", new StringContent("x"));
            case "too many searches":
                for (var attempt = 0; attempt <= KestrelFixtureSite.PermitLimit; attempt++)
                {
                    var search = await client.GetAsync("/search?q=detox");
                    if (search.StatusCode == HttpStatusCode.TooManyRequests)
                    {
                        return search;
                    }
                }

                throw new InvalidOperationException("search was never rate limited");
            case "unexpected host":
                var elsewhere = new HttpRequestMessage(HttpMethod.Get, "/");
                elsewhere.Headers.Host = "evil.example";
                return await client.SendAsync(elsewhere);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>
    /// Searches as a client of its own (named by the trusted loopback proxy), so the searches other
    /// tests on this site make cannot have used up its budget.
    /// </summary>
    private static HttpRequestMessage FromOwnClient(string url, string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Forwarded-For", address);
        return request;
    }

    private HttpClient Client() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = site.BaseAddress };

    private static string Single(HttpResponseMessage response, string name)
    {
        var values = response.Headers.TryGetValues(name, out var found) ? found.ToList() : [];
        return Assert.Single(values);
    }
}
