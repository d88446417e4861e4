using System.Net;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Security;

namespace RecoveryInfo.Tests.Security;

/// <summary>
/// Searching is bounded per client with the built-in rate limiter; reading pages never is. Runs on a
/// real port, with clients told apart by X-Forwarded-For from the trusted loopback proxy.
/// </summary>
public sealed class SearchRateLimitTests : IDisposable
{
    private const int Limit = 3;

    private readonly KestrelSite _site = new(Fixtures.ContentPath, new Dictionary<string, string?>
    {
        ["SearchRateLimit:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["SearchRateLimit:WindowSeconds"] = "3600",
    });

    private readonly HttpClient _client;

    public SearchRateLimitTests() =>
        _client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _site.BaseAddress };

    [Fact]
    public async Task Searches_past_the_limit_get_429_with_retry_after_and_a_friendly_page()
    {
        for (var i = 0; i < Limit; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await Search("203.0.113.1", "detox")).StatusCode);
        }

        var refused = await Search("203.0.113.1", "detox");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture) > 0);
        var document = await Html.ParseAsync(refused);
        Assert.Equal("Please wait a moment", document.QuerySelector("main h1")?.TextContent);
        Assert.Contains("searching is paused", document.QuerySelector("main p")?.TextContent);
        Assert.NotNull(document.QuerySelector("aside.urgent-help a[href^='tel:']"));
        Assert.NotEmpty(document.QuerySelectorAll("nav[aria-label='Main'] a"));
    }

    [Fact]
    public async Task Pages_are_never_rate_limited_even_for_a_client_whose_searches_are()
    {
        for (var i = 0; i <= Limit; i++)
        {
            await Search("203.0.113.2", "rehab");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await Search("203.0.113.2", "rehab")).StatusCode);
        foreach (var url in Enumerable.Repeat(new[] { "/", "/beta", "/beta/first", "/css/site.css", "/nowhere" }, 10).SelectMany(urls => urls))
        {
            var response = await Get(url, "203.0.113.2");
            Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.True((int)response.StatusCode is 200 or 404, $"{url} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("203.0.113.3", "203.0.113.4", false)]
    [InlineData("2001:db8:1:1::1", "2001:db8:1:2::1", false)]
    [InlineData("2001:db8:1:1::1", "2001:db8:1:1::2", true)]
    public async Task Each_client_has_its_own_budget_and_an_ipv6_client_is_its_64_prefix(string first, string second, bool shared)
    {
        for (var i = 0; i < Limit; i++)
        {
            await Search(first, "help");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await Search(first, "help")).StatusCode);

        var other = await Search(second, "help");

        Assert.Equal(shared, other.StatusCode == HttpStatusCode.TooManyRequests);
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }

    private Task<HttpResponseMessage> Search(string client, string query) => Get($"/search?q={query}", client);

    private Task<HttpResponseMessage> Get(string url, string client)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Forwarded-For", client);
        return _client.SendAsync(request);
    }
}
