using AngleSharp.Dom;
using SkiaSharp;

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

    /// <summary>Width and height of a PNG, after decoding every pixel of it: a cut-off or corrupt file fails.</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(png));
        Assert.NotNull(codec);
        Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height);
        using var bitmap = new SKBitmap(info);
        Assert.Equal(SKCodecResult.Success, codec.GetPixels(info, bitmap.GetPixels()));
        return (info.Width, info.Height);
    }
}
