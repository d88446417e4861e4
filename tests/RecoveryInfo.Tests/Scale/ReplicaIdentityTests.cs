using Microsoft.Extensions.DependencyInjection;
using RecoveryInfo.Tests.Export;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Scale;

/// <summary>
/// Replicas behind a proxy or CDN must be interchangeable: two sites, each over its own copy of the
/// same content (as with one checkout per machine), answer every URL with the same bytes and validators.
/// </summary>
public sealed class ReplicaIdentityTests : IDisposable
{
    private readonly SiteFactory _first = new(ExportFixture.CleanContent());
    private readonly SiteFactory _second = new(ExportFixture.CleanContent());

    [Fact]
    public void Both_replicas_see_the_same_content_version()
    {
        Assert.NotEqual(_first.ContentPath, _second.ContentPath);
        Assert.Equal(Version(_first), Version(_second));
    }

    [Fact]
    public async Task Every_url_answers_the_same_on_both_replicas()
    {
        var snapshot = _first.Services.GetRequiredService<ContentStore>().Current;
        var urls = new[] { "/", "/feed.xml", "/css/site.css", "/favicon.svg", "/healthz", "/no/such/page", "/Care/First-Steps" }
            .Concat(snapshot.Topics.Select(section => section.Url))
            .Concat(snapshot.Articles.Select(article => article.Url))
            .Concat(snapshot.Redirects.Keys)
            .ToList();
        var first = _first.CreateRawClient();
        var second = _second.CreateRawClient();

        foreach (var url in urls)
        {
            using var a = await first.GetAsync(url);
            using var b = await second.GetAsync(url);
            Assert.Equal(a.StatusCode, b.StatusCode);
            var bodyA = await a.Content.ReadAsByteArrayAsync();
            var bodyB = await b.Content.ReadAsByteArrayAsync();
            Assert.True(bodyA.SequenceEqual(bodyB), $"{url}: bodies differ");
            if (snapshot.IsPage(url))
            {
                Assert.NotNull(a.Headers.ETag);
            }

            Assert.Equal(a.Headers.ETag, b.Headers.ETag);
            Assert.Equal(a.Headers.CacheControl, b.Headers.CacheControl);
            Assert.Equal(a.Headers.Location, b.Headers.Location);
            Assert.Equal(a.Content.Headers.ContentType, b.Content.Headers.ContentType);
        }
    }

    [Fact]
    public async Task A_validator_from_one_replica_is_honoured_by_the_other()
    {
        var first = await _first.CreateRawClient().GetAsync("/care/first-steps");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/care/first-steps");
        revalidate.Headers.IfNoneMatch.Add(etag);
        var second = await _second.CreateRawClient().SendAsync(revalidate);

        Assert.Equal(System.Net.HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Replicas_set_no_cookie_so_no_request_needs_to_stick_to_one()
    {
        foreach (var url in new[] { "/", "/care/first-steps", "/feed.xml", "/no/such/page" })
        {
            var response = await _first.CreateRawClient().GetAsync(url);
            Assert.False(response.Headers.Contains("Set-Cookie"), url);
        }
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    private static long Version(SiteFactory site) => site.Services.GetRequiredService<ContentStore>().Current.Version;
}
