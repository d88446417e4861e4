using System.Net;
using System.Text;

namespace RecoveryInfo.Web.Export;

/// <summary>
/// The page a static host serves at an old URL when it cannot send a 301 itself: a meta refresh,
/// a canonical link for search engines and a plain link for everyone else. No script, so it
/// works without JavaScript and under a strict Content-Security-Policy.
/// </summary>
public static class RedirectPage
{
    /// <param name="target">The new site path, relative so the copy works on any host.</param>
    /// <param name="canonical">The new page's public absolute URL.</param>
    /// <param name="title">The new page's title.</param>
    public static byte[] Render(string target, string canonical, string title)
    {
        var href = WebUtility.HtmlEncode(target);
        var text = WebUtility.HtmlEncode(title);
        var html = $"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={href}">
            <link rel="canonical" href="{WebUtility.HtmlEncode(canonical)}">
            <title>Moved: {text}</title>
            </head>
            <body>
            <p>This page has moved to <a href="{href}">{text}</a>.</p>
            </body>
            </html>

            """;
        return Encoding.UTF8.GetBytes(html);
    }
}
