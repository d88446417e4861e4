using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace RecoveryInfo.Web.Search;

/// <summary>The words around a match in a text, with the matched words flagged: plain data the page marks up.</summary>
internal sealed partial class SnippetMaker(Analyzer analyzer, Query query, string field, int length)
{
    // Private-use characters around matched words, removed from the text before it is highlighted.
    private const char MarkStart = '\uE000';
    private const char MarkEnd = '\uE001';

    private readonly Highlighter _highlighter = NewHighlighter(query, field, length);

    /// <summary>The best fragment of the text, or its opening words when no word of the search is in it.</summary>
    public Snippet For(string text)
    {
        text = text.Replace(MarkStart.ToString(), "", StringComparison.Ordinal).Replace(MarkEnd.ToString(), "", StringComparison.Ordinal);
        var fragment = text.Length == 0 ? null : _highlighter.GetBestFragment(analyzer, field, text);
        var snippet = fragment is null ? Excerpt(text) : WithEllipses(fragment, text);
        return Snippet.FromMarked(JoinLines(snippet), MarkStart, MarkEnd);
    }

    private static Highlighter NewHighlighter(Query query, string field, int length)
    {
        var scorer = new QueryScorer(query, field);
        return new Highlighter(new SimpleHTMLFormatter(MarkStart.ToString(), MarkEnd.ToString()), new DefaultEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, length),
        };
    }

    /// <summary>
    /// Section text keeps one line per paragraph, heading or list item; in a one-line snippet a
    /// line that ends without punctuation gets a separator, so "matters\nPeople" does not read as one sentence.
    /// </summary>
    private static string JoinLines(string snippet) => LineEnd().Replace(snippet, match => match.Groups[1].Success ? match.Groups[1].Value + " " : " · ");

    [GeneratedRegex(@"([.?!:;,…])?[ \t]*\n\s*")]
    private static partial Regex LineEnd();

    /// <summary>Marks a fragment taken from the middle of the text as such, so it does not read as a whole.</summary>
    private static string WithEllipses(string fragment, string text)
    {
        var plain = fragment.Replace(MarkStart.ToString(), "", StringComparison.Ordinal).Replace(MarkEnd.ToString(), "", StringComparison.Ordinal);
        var start = text.IndexOf(plain, StringComparison.Ordinal);
        var trimmed = fragment.Trim();
        var before = start > 0 ? "… " : "";
        var after = start >= 0 && start + plain.Length < text.Length ? " …" : "";
        return before + trimmed + after;
    }

    private string Excerpt(string text)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > 0 ? cut : length)] + " …";
    }
}
