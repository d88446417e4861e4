using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;
using RecoveryInfo.Web.Search;

namespace RecoveryInfo.Web.Pages;

/// <summary>A search snippet as HTML: every part encoded, the matched words in <c>&lt;mark&gt;</c>.</summary>
public static class SnippetMarkup
{
    // WebUtility keeps a surrogate pair (an emoji) whole, where some encoders split it into two invalid references.
    public static IHtmlContent Render(Snippet snippet)
    {
        var html = new StringBuilder();
        foreach (var part in snippet.Parts)
        {
            html.Append(part.Matched ? "<mark>" : "").Append(WebUtility.HtmlEncode(part.Text)).Append(part.Matched ? "</mark>" : "");
        }

        return new HtmlString(html.ToString());
    }
}
