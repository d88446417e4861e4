using System.Net;
using System.Text;

namespace RecoveryInfo.Web.Sharing;

/// <summary>
/// The small page a share URL answers with 200: link-preview crawlers (which run no script and
/// read only the head) find the preview there, and a browser is sent on to the section by a meta
/// refresh, with a plain link for any that does not follow it. No script and no style, so it
/// works under the strict Content-Security-Policy and in a static export.
/// </summary>
public static class SharePage
{
    /// <param name="preview">Everything the head says.</param>
    /// <param name="target">Where the reader goes, relative (<c>/topic/page#section</c>) so an exported copy works on any host.</param>
    /// <param name="linkText">The plain link's words.</param>
    /// <param name="bodyText">A sentence before the link.</param>
    public static byte[] Render(SharePreview preview, string target, string linkText, string bodyText)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(Encode(preview.DocumentTitle)).Append("</title>\n");
        Meta(html, "name", "description", preview.Description);
        if (preview.Canonical is { } canonical)
        {
            html.Append("<link rel=\"canonical\" href=\"").Append(Encode(canonical)).Append("\">\n");
        }
        else
        {
            Meta(html, "name", "robots", "noindex");
        }

        Meta(html, "property", "og:type", preview.Canonical is null ? "website" : "article");
        if (preview.SiteName is { } siteName)
        {
            Meta(html, "property", "og:site_name", siteName);
        }

        Meta(html, "property", "og:url", preview.Url);
        Meta(html, "property", "og:title", preview.Title);
        Meta(html, "property", "og:description", preview.Description);
        Meta(html, "property", "og:locale", "en_GB");
        Meta(html, "property", "og:image", preview.Image);
        Meta(html, "property", "og:image:type", "image/png");
        Meta(html, "property", "og:image:width", CardPainter.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Meta(html, "property", "og:image:height", CardPainter.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Meta(html, "property", "og:image:alt", preview.ImageAlt);
        Meta(html, "name", "twitter:card", "summary_large_image");
        Meta(html, "name", "twitter:title", preview.Title);
        Meta(html, "name", "twitter:description", preview.Description);
        Meta(html, "name", "twitter:image", preview.Image);
        Meta(html, "name", "twitter:image:alt", preview.ImageAlt);
        html.Append("<meta http-equiv=\"refresh\" content=\"0; url=").Append(Encode(target)).Append("\">\n");
        html.Append("</head>\n<body>\n<p>").Append(Encode(bodyText)).Append(" <a href=\"").Append(Encode(target)).Append("\">")
            .Append(Encode(linkText)).Append("</a></p>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static void Meta(StringBuilder html, string attribute, string name, string content) =>
        html.Append("<meta ").Append(attribute).Append("=\"").Append(name).Append("\" content=\"").Append(Encode(content)).Append("\">\n");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
