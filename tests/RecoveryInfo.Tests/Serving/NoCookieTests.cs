using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Serving;

[Collection(FixtureSiteCollection.Name)]
public sealed class NoCookieTests(FixtureSite site)
{
    [Theory]
    [InlineData("/", "")]
    [InlineData("/", "br")]
    [InlineData("/beta", "gzip")]
    [InlineData("/beta/first", "")]
    [InlineData("/beta/first", "br")]
    [InlineData("/beta/first?x=1", "")]
    [InlineData("/Beta/First", "")]
    [InlineData("/nowhere", "br")]
    [InlineData("/css/site.css", "br")]
    [InlineData("/favicon.svg", "")]
    [InlineData("/healthz", "")]
    public async Task No_response_sets_a_cookie(string url, string acceptEncoding)
    {
        var client = site.CreateRawClient();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (acceptEncoding.Length > 0)
            {
                request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
            }

            var response = await client.SendAsync(request);
            Assert.False(response.Headers.Contains("Set-Cookie"), $"{url} ({acceptEncoding})");

            var conditional = new HttpRequestMessage(HttpMethod.Get, url);
            if (response.Headers.ETag is { } etag)
            {
                conditional.Headers.IfNoneMatch.Add(etag);
            }

            Assert.False((await client.SendAsync(conditional)).Headers.Contains("Set-Cookie"), $"{url} conditional");
        }
    }
}
