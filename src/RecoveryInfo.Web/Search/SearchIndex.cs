using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;
using Lucene.Net.Util;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Search;

/// <summary>
/// A point-in-time view of the in-memory Lucene index of one content snapshot, one document per
/// article section (the introduction and each h2). It never changes: a content change updates the
/// index (<see cref="SearchIndexer"/>) and makes a new view. Searching is safe from many threads at once.
/// </summary>
public sealed partial class SearchIndex
{
    private const LuceneVersion Version = SearchDocuments.Version;
    private const string UrlField = SearchDocuments.UrlField;
    private const string TopicField = SearchDocuments.TopicField;
    private const string TitleField = SearchDocuments.TitleField;
    private const string DescriptionField = SearchDocuments.DescriptionField;
    private const string HeadingField = SearchDocuments.HeadingField;
    private const string TextField = SearchDocuments.TextField;
    private const int SnippetLength = 200;

    // Private-use characters around matched words, removed from the text before it is highlighted.
    private const char MarkStart = '\uE000';
    private const char MarkEnd = '\uE001';
    private const string WordsField = SearchDocuments.WordsField;

    /// <summary>Words this long or longer that the index lacks are also searched as near spellings ("withdrawl", "ketamin").</summary>
    private const int NearSpellingMinimumLength = 5;

    /// <summary>A near spelling counts for less than a word that was typed.</summary>
    private const float NearSpellingWeight = 0.5f;

    /// <summary>
    /// Near spellings share the first letter (people rarely get that wrong) and only the closest
    /// few are used: both keep a search cheap and its results on topic.
    /// </summary>
    private const int NearSpellingPrefixLength = 1;
    private const int NearSpellingsPerWord = 3;

    /// <summary>Bound the work one query can ask for, however many words it has.</summary>
    private const int MaxWords = 32;
    private const int MaxMisspeltWords = 8;

    private static readonly string[] _searchedFields = [TitleField, DescriptionField, HeadingField, TextField];

    // The article's title and description say what the whole page is about, and a heading what
    // its section is about, so a match there counts for more than one in the running text.
    private static readonly Dictionary<string, float> _boosts = new()
    {
        [TitleField] = 3f,
        [DescriptionField] = 1.5f,
        [HeadingField] = 2.5f,
        [TextField] = 1f,
    };

    /// <summary>
    /// Ties in score keep the order of the content (topic, then article, then its sections), as
    /// a full build would list them by document number; the fields say so explicitly because an
    /// index updated in place appends a changed article's documents at the end.
    /// </summary>
    private static readonly Sort _relevance = new(
        SortField.FIELD_SCORE,
        new SortField(SearchDocuments.PositionField, SortFieldType.INT64),
        new SortField(SearchDocuments.PartField, SortFieldType.INT32));

    private readonly Analyzer _analyzer;
    private readonly LiveIndexSearcher _searcher;

    internal SearchIndex(Analyzer analyzer, DirectoryReader reader, long contentVersion)
    {
        _analyzer = analyzer;
        _searcher = new LiveIndexSearcher(reader);
        ContentVersion = contentVersion;
        DocumentCount = reader.NumDocs;
    }

    /// <summary>The <see cref="ContentSnapshot.Version"/> this index was built from.</summary>
    public long ContentVersion { get; }

    public int DocumentCount { get; }

    /// <summary>
    /// Sections that contain every word (or a near spelling of it) come first. If none does, the
    /// sections that contain any of the words are the answer, and the results say so.
    /// </summary>
    public SearchResults Search(SearchInput input, int limit)
    {
        if (input.IsEmpty)
        {
            return SearchResults.None;
        }

        var nearSpellings = new List<string>();
        var words = WordQueries(input.Text, nearSpellings);
        if (words.Count == 0)
        {
            return SearchResults.None;
        }

        var results = Run(Combine(words, Occur.MUST), limit, matchedAllWords: true, nearSpellings);
        return results.TotalHits > 0 || words.Count == 1 ? results : Run(Combine(words, Occur.SHOULD), limit, matchedAllWords: false, nearSpellings);
    }

    private SearchResults Run(Query query, int limit, bool matchedAllWords, IReadOnlyList<string> nearSpellings)
    {
        var top = _searcher.Search(query, null, limit, _relevance, doDocScores: false, doMaxScore: false);
        if (top.TotalHits == 0)
        {
            return SearchResults.None;
        }

        var highlighter = Highlighter(query);
        var hits = top.ScoreDocs.Select(scoreDoc => ToHit(_searcher.Doc(scoreDoc.Doc), highlighter)).ToList();
        return new SearchResults(hits, top.TotalHits, matchedAllWords) { NearSpellings = nearSpellings };
    }

    private static BooleanQuery Combine(List<Query> words, Occur occur)
    {
        var query = new BooleanQuery();
        foreach (var word in words)
        {
            query.Add(word, occur);
        }

        return query;
    }

    /// <summary>
    /// One query per word the reader typed. Each word is lower-cased (so AND, OR and NOT are plain
    /// words) and escaped (so quotes, brackets, stars, tildes and backslashes are plain characters)
    /// before the parser sees it. A word that analyses to nothing (punctuation, "the", "and") asks
    /// for nothing. A word the index lacks also asks for the indexed words nearest to it, which
    /// then go through the parser like typed words, so they are stemmed and highlighted as usual.
    /// </summary>
    private List<Query> WordQueries(string text, List<string> nearSpellings)
    {
        var parser = new MultiFieldQueryParser(Version, _searchedFields, _analyzer, _boosts);
        var queries = new List<Query>();
        var misspelt = 0;
        foreach (var word in text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(MaxWords))
        {
            var query = new BooleanQuery();
            if (Parse(parser, word) is { } parsed)
            {
                query.Add(parsed, Occur.SHOULD);
            }

            foreach (var token in Analyse(WordsField, word).Where(token => token.Count(char.IsLetter) >= NearSpellingMinimumLength && !IsKnown(token)))
            {
                if (misspelt++ >= MaxMisspeltWords)
                {
                    break;
                }

                foreach (var near in NearSpellings(token))
                {
                    if (Parse(parser, near) is { } nearQuery)
                    {
                        nearQuery.Boost = NearSpellingWeight;
                        query.Add(nearQuery, Occur.SHOULD);
                        nearSpellings.Add(near);
                    }
                }
            }

            if (query.Clauses.Count > 0)
            {
                queries.Add(query);
            }
        }

        return queries;
    }

    private static Query? Parse(QueryParser parser, string word)
    {
        try
        {
            return parser.Parse(QueryParserBase.Escape(word)) switch
            {
                BooleanQuery { Clauses.Count: 0 } => null,
                var parsed => parsed,
            };
        }
        catch (ParseException)
        {
            // An escaped word should always parse; if one does not, it is left out rather than failing the page.
            return null;
        }
    }

    /// <summary>Known words need no near spellings: that keeps correctly spelt searches fast and precise.</summary>
    private bool IsKnown(string token) =>
        Analyse(TextField, token).All(stem => _searchedFields.Any(field => _searcher.HasLiveDocument(new Term(field, stem))));

    /// <summary>
    /// The indexed words within one edit of the token (two for longer words), looked up unstemmed,
    /// because a misspelt word does not stem like the real one: "cravigns" is far from the stem
    /// "crave" but one swap from "cravings".
    /// </summary>
    private IEnumerable<string> NearSpellings(string token)
    {
        var maxEdits = token.Length >= 8 ? 2 : 1;
        return _searcher.NearTerms(new Term(WordsField, token), maxEdits, NearSpellingPrefixLength, NearSpellingsPerWord)
            .Where(text => text != token)
            .Order(StringComparer.Ordinal);
    }

    private List<string> Analyse(string field, string word)
    {
        var tokens = new List<string>();
        using var stream = _analyzer.GetTokenStream(field, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    private static Highlighter Highlighter(Query query)
    {
        var scorer = new QueryScorer(query, TextField);
        return new Highlighter(new SimpleHTMLFormatter(MarkStart.ToString(), MarkEnd.ToString()), new DefaultEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, SnippetLength),
        };
    }

    private SearchHit ToHit(Document document, Highlighter highlighter)
    {
        var text = (document.Get(TextField) ?? "").Replace(MarkStart.ToString(), "", StringComparison.Ordinal).Replace(MarkEnd.ToString(), "", StringComparison.Ordinal);
        var fragment = text.Length == 0 ? null : highlighter.GetBestFragment(_analyzer, TextField, text);

        // No fragment when only the title, description or heading matched: show the opening words.
        var snippet = fragment is null
            ? Excerpt(text.Length > 0 ? text : document.Get(DescriptionField) ?? "")
            : WithEllipses(fragment, text);
        return new SearchHit(
            document.Get(UrlField),
            document.Get(TopicField),
            document.Get(TitleField),
            document.Get(HeadingField) ?? "",
            Snippet.FromMarked(JoinLines(snippet), MarkStart, MarkEnd));
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

    private static string Excerpt(string text)
    {
        if (text.Length <= SnippetLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', SnippetLength);
        return text[..(cut > 0 ? cut : SnippetLength)] + " …";
    }
}
