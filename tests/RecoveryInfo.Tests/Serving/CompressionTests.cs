using System.IO.Compression;
using System.Net;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Serving;

[Collection(FixtureSiteCollection.Name)]
public sealed class CompressionTests(FixtureSite site)
{
    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    [InlineData("br;q=0, gzip;q=0", null)]
    [InlineData("identity", null)]
    [InlineData("", null)]
    public async Task Pages_are_compressed_as_the_client_asked_and_vary_by_accept_encoding(string acceptEncoding, string? expected)
    {
        var client = site.CreateClient();
        var plain = await client.GetByteArrayAsync("/beta/second");

        // Twice: the first response is rendered, the second comes from the page cache.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var response = await GetAsync(client, "/beta/second", acceptEncoding);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected is null ? [] : [expected], response.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.Equal(plain, Decode(await response.Content.ReadAsByteArrayAsync(), expected));
        }
    }

    [Fact]
    public async Task A_client_that_did_not_ask_for_compression_never_gets_cached_compressed_bytes()
    {
        var client = site.CreateClient();

        var sequence = new[] { "br", "", "gzip", "", "br", "gzip" };
        var seen = new List<string?>();
        foreach (var acceptEncoding in sequence)
        {
            var response = await GetAsync(client, "/beta", acceptEncoding);
            seen.Add(response.Content.Headers.ContentEncoding.SingleOrDefault());
        }

        Assert.Equal(["br", null, "gzip", null, "br", "gzip"], seen);
    }

    [Theory]
    [InlineData("/css/site.css", "text/css")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    [InlineData("/js/share.js", "text/javascript")]
    [InlineData("/sitemap.xml", "application/xml")]
    public async Task Other_text_responses_are_compressed_too(string url, string mediaType)
    {
        var client = site.CreateClient();
        var plain = await client.GetByteArrayAsync(url);

        foreach (var coding in new[] { "br", "gzip" })
        {
            var response = await GetAsync(client, url, coding);
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal([coding], response.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.Equal(plain, Decode(await response.Content.ReadAsByteArrayAsync(), coding));
        }
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string acceptEncoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return client.SendAsync(request);
    }

    private static byte[] Decode(byte[] body, string? coding)
    {
        using Stream decoder = coding switch
        {
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            "gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => new MemoryStream(body),
        };
        using var plain = new MemoryStream();
        decoder.CopyTo(plain);
        return plain.ToArray();
    }
}
