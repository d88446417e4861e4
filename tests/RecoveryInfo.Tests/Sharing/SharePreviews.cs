using AngleSharp.Dom;

namespace RecoveryInfo.Tests.Sharing;

/// <summary>Reading a share page's head as a link-preview crawler does.</summary>
public static class SharePreviews
{
    /// <summary>User agents of the crawlers that build chat and social previews; none runs JavaScript.</summary>
    public static readonly string[] CrawlerAgents =
    [
        "WhatsApp/2.23.20.0 A",
        "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "Twitterbot/1.0",
        "LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)",
        "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
    ];

    public static string? Meta(IDocument document, string attribute, string name) =>
        Assert.Single(document.Head!.QuerySelectorAll($"meta[{attribute}='{name}']")).GetAttribute("content");

    public static string? Canonical(IDocument document) =>
        document.Head!.QuerySelector("link[rel='canonical']")?.GetAttribute("href");

    /// <summary>Where the meta refresh sends a browser.</summary>
    public static string Refresh(IDocument document)
    {
        var content = Meta(document, "http-equiv", "refresh")!;
        Assert.StartsWith("0; url=", content, StringComparison.Ordinal);
        return content["0; url=".Length..];
    }

    /// <summary>Every tag a preview is built from: title, description, Open Graph and Twitter.</summary>
    public static IEnumerable<string> PreviewTexts(IDocument document) =>
        document.Head!.QuerySelectorAll("meta[property^='og:'], meta[name^='twitter:'], meta[name='description']")
            .Select(meta => meta.GetAttribute("content") ?? "")
            .Prepend(document.Title ?? "");

    public static async Task<HttpResponseMessage> GetAsCrawlerAsync(HttpClient client, string url, string agent)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", agent);
        return await client.SendAsync(request);
    }

    /// <summary>Width and height from a PNG's header, after checking its signature.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0d, 0x0a, 0x1a, 0x0a], png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        return (BigEndian(png, 16), BigEndian(png, 20));
    }

    private static int BigEndian(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
}
