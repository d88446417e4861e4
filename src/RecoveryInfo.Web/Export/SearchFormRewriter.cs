using System.Net;
using System.Text.RegularExpressions;

namespace RecoveryInfo.Web.Export;

/// <summary>
/// A static host cannot answer <c>/search</c>, so an exported page must not offer a form that
/// breaks. With a search origin configured the form sends readers there; without one it becomes a
/// short note. Only the site's own search forms are touched, so every other byte stays as served.
/// </summary>
public static partial class SearchFormRewriter
{
    public const string Note =
        """<p class="search-unavailable">Search is not available on this copy of the site: browse the topics below.</p>""";

    public static string Rewrite(string html, string searchOrigin) =>
        SearchForm().Replace(html, match => string.IsNullOrEmpty(searchOrigin)
            ? Note
            : match.Value.Replace("action=\"/search\"", $"action=\"{WebUtility.HtmlEncode(searchOrigin.TrimEnd('/'))}/search\"", StringComparison.Ordinal));

    // The site renders its own forms with double-quoted attributes, one form per element, never nested.
    [GeneratedRegex("""<form\b[^>]*\baction="/search"[^>]*>.*?</form>""", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex SearchForm();
}
