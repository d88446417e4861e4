using System.Net;
using Lucene.Net.Search.Highlight;

namespace RecoveryInfo.Web.Search;

/// <summary>
/// HTML-encodes the text around highlighted words. Lucene's <see cref="SimpleHTMLEncoder"/> encodes
/// each UTF-16 unit on its own, turning an emoji into two invalid character references that browsers
/// show as two replacement characters; <see cref="WebUtility.HtmlEncode(string)"/> keeps pairs whole.
/// </summary>
public sealed class SnippetEncoder : IEncoder
{
    public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
}
