using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Serving;

/// <summary>
/// HEAD answers like GET without the body, on the endpoints that are not Razor Pages too. Over a real
/// port and raw bytes, since the in-memory server does not drop a HEAD response's body as Kestrel does.
/// </summary>
[Collection(KestrelFixtureSiteCollection.Name)]
public sealed class HeadRequestTests(KestrelFixtureSite site)
{
    [Theory]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/feed.xml")]
    [InlineData("/healthz")]
    [InlineData("/beta/first")]
    public async Task A_head_request_gets_the_status_and_type_of_a_get_and_no_body(string path)
    {
        var get = await SendAsync("GET", path);
        var head = await SendAsync("HEAD", path);

        Assert.Equal(200, get.Status);
        Assert.Equal(200, head.Status);
        Assert.Equal(get.Header("Content-Type"), head.Header("Content-Type"));
        Assert.NotEmpty(get.Body);
        Assert.Empty(head.Body);
    }

    private async Task<RawHttp.Answer> SendAsync(string method, string path)
    {
        var answer = await RawHttp.SendAsync(site.Port, $"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        Assert.NotNull(answer);
        return answer;
    }
}
