using System.Net;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Security;

/// <summary>
/// Hosts, HTTPS and proxies: unexpected hosts are refused in production, pages never echo the Host
/// header, and HSTS and redirection follow what the site knows (or a trusted proxy says) about HTTPS.
/// </summary>
public sealed class HostAndHttpsTests
{
    private const string PublicHost = "recoveryinfo.example";

    [Fact]
    public async Task Production_refuses_a_host_it_was_not_configured_for()
    {
        using var site = new SiteFactory(Fixtures.ContentPath);
        var client = site.CreateClient();
        client.BaseAddress = new Uri("http://evil.example/");

        var response = await client.GetAsync("/beta/first");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("First article", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*")]
    public async Task Production_answers_for_the_host_of_the_public_address_and_loopback_only(string? allowedHosts)
    {
        using var site = new ConfiguredSite(Fixtures.ContentPath, new Dictionary<string, string?>
        {
            ["Site:BaseUrl"] = $"https://{PublicHost}",
            ["AllowedHosts"] = allowedHosts,
        });
        var client = site.CreateClient();

        foreach (var host in new[] { PublicHost, "localhost", "127.0.0.1", "[::1]", PublicHost.ToUpperInvariant() })
        {
            var status = (await client.GetAsync(new Uri($"http://{host}/beta/first"))).StatusCode;
            Assert.True(status == HttpStatusCode.OK, $"{host} answered {(int)status}");
        }

        foreach (var host in new[] { "evil.example", "recoveryinfo.example.evil.example", "www." + PublicHost })
        {
            var status = (await client.GetAsync(new Uri($"http://{host}/beta/first"))).StatusCode;
            Assert.True(status == HttpStatusCode.BadRequest, $"{host} answered {(int)status}");
        }
    }

    [Fact]
    public async Task Development_accepts_any_host_so_dotnet_run_just_works()
    {
        using var site = new SiteFactory(Fixtures.ContentPath, "Development");
        var client = site.CreateClient();
        client.BaseAddress = new Uri("http://my-laptop.local/");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/beta/first")).StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/beta")]
    [InlineData("/beta/first")]
    [InlineData("/Beta/First")]
    [InlineData("/nowhere")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/feed.xml")]
    public async Task Pages_never_repeat_the_host_the_request_named(string url)
    {
        using var site = new ConfiguredSite(Fixtures.ContentPath, new Dictionary<string, string?> { ["AllowedHosts"] = "localhost;mirror.example" });
        var client = site.CreateRawClient();
        client.BaseAddress = new Uri("http://mirror.example/");

        var response = await client.GetAsync(url);

        Assert.True((int)response.StatusCode < 500);
        Assert.DoesNotContain("mirror.example", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("mirror.example", response.Headers.Location?.OriginalString ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Plain_http_without_a_configured_https_port_is_served_as_it_is()
    {
        using var site = new KestrelSite(Fixtures.ContentPath);
        using var client = RawClient(site);

        var response = await client.GetAsync("/beta/first");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Https_responses_carry_hsts()
    {
        using var site = new ConfiguredSite(Fixtures.ContentPath, new Dictionary<string, string?> { ["AllowedHosts"] = PublicHost });
        var client = site.CreateClient();
        client.BaseAddress = new Uri($"https://{PublicHost}/");

        var response = await client.GetAsync("/beta/first");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task A_trusted_proxy_saying_https_gets_hsts_and_no_redirect()
    {
        using var site = new KestrelSite(Fixtures.ContentPath, BehindProxy());
        using var client = RawClient(site);

        var response = await client.SendAsync(Forwarded("/beta/first", "https"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Theory]
    [InlineData("http")]
    [InlineData(null)]
    public async Task Plain_http_is_redirected_to_https_once_an_https_port_is_configured(string? forwardedProto)
    {
        using var site = new KestrelSite(Fixtures.ContentPath, BehindProxy());
        using var client = RawClient(site);

        var response = await client.SendAsync(Forwarded("/beta/first?from=chat", forwardedProto));

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal($"https://{PublicHost}/beta/first?from=chat", response.Headers.Location?.OriginalString);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Forwarded_headers_from_an_untrusted_address_are_ignored()
    {
        var settings = BehindProxy();
        settings["ForwardedHeaders:KnownProxies:0"] = "192.0.2.10";
        using var site = new KestrelSite(Fixtures.ContentPath, settings);
        using var client = RawClient(site);

        var response = await client.SendAsync(Forwarded("/beta/first", "https"));

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>A site deployed behind a TLS-terminating proxy on this machine, reached as <see cref="PublicHost"/>.</summary>
    private static Dictionary<string, string?> BehindProxy() => new()
    {
        ["AllowedHosts"] = PublicHost,
        ["https_port"] = "443",
    };

    private static HttpRequestMessage Forwarded(string url, string? proto)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = PublicHost;
        if (proto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", proto);
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }

        return request;
    }

    private static HttpClient RawClient(KestrelSite site) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = site.BaseAddress };
}
