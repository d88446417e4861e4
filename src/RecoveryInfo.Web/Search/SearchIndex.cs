using System.Net;
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
using Microsoft.AspNetCore.Html;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Search;

/// <summary>
/// An in-memory Lucene index of one content snapshot, one document per article section (the
/// introduction and each h2). Built once and never changed: a content change builds a new index.
/// Searching is safe from many threads at once.
/// </summary>
public sealed class SearchIndex
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string UrlField = "url";
    private const string SectionField = "section";
    private const string TitleField = "title";
    private const string DescriptionField = "description";
    private const string HeadingField = "heading";
    private const string TextField = "text";
    private const int SnippetLength = 200;
    private const string MarkStart = "<mark>";
    private const string MarkEnd = "</mark>";

    /// <summary>Words this long or longer also match near spellings ("withdrawl", "ketamin").</summary>
    private const int FuzzyMinimumLength = 5;

    /// <summary>A near spelling counts for less than the word itself.</summary>
    private const float FuzzyWeight = 0.5f;

    /// <summary>Bound the work one query can ask for, however many words it has.</summary>
    private const int MaxWords = 32;
    private const int MaxFuzzyWords = 8;

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

    private readonly Analyzer _analyzer;
    private readonly IndexSearcher _searcher;

    private SearchIndex(Analyzer analyzer, IndexSearcher searcher, long contentVersion, int documentCount)
    {
        _analyzer = analyzer;
        _searcher = searcher;
        ContentVersion = contentVersion;
        DocumentCount = documentCount;
    }

    /// <summary>The <see cref="ContentSnapshot.Version"/> this index was built from.</summary>
    public long ContentVersion { get; }

    public int DocumentCount { get; }

    public static SearchIndex Build(ContentSnapshot snapshot)
    {
        var unstemmed = new StandardAnalyzer(Version, CharArraySet.Empty);
        var analyzer = new PerFieldAnalyzerWrapper(
            new EnglishAnalyzer(Version),
            _searchedFields.ToDictionary(Unstemmed, Analyzer (_) => unstemmed));
        var directory = new RAMDirectory();
        var count = 0;
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE }))
        {
            foreach (var section in snapshot.Sections)
            {
                foreach (var article in section.Articles)
                {
                    foreach (var part in article.Sections.DefaultIfEmpty(new ArticleSection("", "", "")))
                    {
                        writer.AddDocument(ToDocument(section, article, part));
                        count++;
                    }
                }
            }

            writer.Commit();
        }

        return new SearchIndex(analyzer, new IndexSearcher(DirectoryReader.Open(directory)), snapshot.Version, count);
    }

    private static Document ToDocument(Section section, Article article, ArticleSection part)
    {
        Document document =
        [
            new StoredField(UrlField, part.IsIntroduction ? article.Url : $"{article.Url}#{part.HeadingId}"),
            new StoredField(SectionField, section.Title),
        ];
        foreach (var (field, value) in new[] { (TitleField, article.Title), (DescriptionField, article.Description), (HeadingField, part.HeadingText), (TextField, part.PlainText) })
        {
            document.Add(new TextField(field, value, Field.Store.YES));
            document.Add(new TextField(Unstemmed(field), value, Field.Store.NO));
        }

        return document;
    }

    /// <summary>
    /// Each searched field is also indexed without stemming, because a misspelt word does not stem
    /// like the real one ("cravigns" is far from the stem "crave" but one swap from "cravings").
    /// </summary>
    private static string Unstemmed(string field) => field + ".unstemmed";

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

        var words = WordQueries(input.Text);
        if (words.Count == 0)
        {
            return SearchResults.None;
        }

        var results = Run(Combine(words, Occur.MUST), limit, matchedAllWords: true);
        return results.TotalHits > 0 || words.Count == 1 ? results : Run(Combine(words, Occur.SHOULD), limit, matchedAllWords: false);
    }

    private SearchResults Run(Query query, int limit, bool matchedAllWords)
    {
        var top = _searcher.Search(query, limit);
        if (top.TotalHits == 0)
        {
            return SearchResults.None;
        }

        var rewritten = _searcher.Rewrite(query);
        Highlighter[] highlighters = [Highlighter(rewritten, TextField), Highlighter(rewritten, Unstemmed(TextField))];
        var hits = top.ScoreDocs.Select(scoreDoc => ToHit(_searcher.Doc(scoreDoc.Doc), highlighters)).ToList();
        return new SearchResults(hits, top.TotalHits, matchedAllWords);
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
    /// before the parser sees it. Words of five letters or more also match near spellings, added
    /// per analysed token because <c>word~</c> in the parser skips stemming. A word that analyses
    /// to nothing (punctuation, "the", "and") asks for nothing.
    /// </summary>
    private List<Query> WordQueries(string text)
    {
        var parser = new MultiFieldQueryParser(Version, _searchedFields, _analyzer, _boosts);
        var queries = new List<Query>();
        var fuzzyWords = 0;
        foreach (var word in text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(MaxWords))
        {
            var query = new BooleanQuery();
            if (Parse(parser, word) is { } parsed)
            {
                query.Add(parsed, Occur.SHOULD);
            }

            if (word.Count(char.IsLetter) >= FuzzyMinimumLength && fuzzyWords++ < MaxFuzzyWords)
            {
                foreach (var field in _searchedFields)
                {
                    AddNearSpellings(query, field, word);
                    AddNearSpellings(query, Unstemmed(field), word);
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
            // An escaped word should always parse; if one does not, its near spellings still count.
            return null;
        }
    }

    private void AddNearSpellings(BooleanQuery query, string field, string word)
    {
        var boost = _boosts[field.Split('.')[0]] * FuzzyWeight;
        foreach (var token in Analyse(field, word).Distinct())
        {
            var maxEdits = token.Length >= 8 ? 2 : 1;
            query.Add(new FuzzyQuery(new Term(field, token), maxEdits) { Boost = boost }, Occur.SHOULD);
        }
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

    private static Highlighter Highlighter(Query rewritten, string field)
    {
        var scorer = new QueryScorer(rewritten, field);
        return new Highlighter(new SimpleHTMLFormatter(MarkStart, MarkEnd), new SnippetEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, SnippetLength),
        };
    }

    /// <summary>
    /// Marks the words the stemmed query matched, or failing that the near spellings matched on
    /// unstemmed words (for "cravigns", the word "cravings").
    /// </summary>
    private SearchHit ToHit(Document document, Highlighter[] highlighters)
    {
        var text = document.Get(TextField) ?? "";
        var fragment = text.Length == 0 ? null
            : highlighters[0].GetBestFragment(_analyzer, TextField, text) ?? highlighters[1].GetBestFragment(_analyzer, Unstemmed(TextField), text);

        // No fragment when only the title, description or heading matched: show the opening words.
        var snippet = fragment is null
            ? WebUtility.HtmlEncode(Excerpt(text.Length > 0 ? text : document.Get(DescriptionField) ?? ""))
            : WithEllipses(fragment, text);
        return new SearchHit(
            document.Get(UrlField),
            document.Get(SectionField),
            document.Get(TitleField),
            document.Get(HeadingField) ?? "",
            new HtmlString(snippet));
    }

    /// <summary>Marks a fragment taken from the middle of the text as such, so it does not read as a whole.</summary>
    private static string WithEllipses(string fragment, string text)
    {
        var plain = WebUtility.HtmlDecode(fragment.Replace(MarkStart, "", StringComparison.Ordinal).Replace(MarkEnd, "", StringComparison.Ordinal));
        var start = text.IndexOf(plain, StringComparison.Ordinal);
        var trimmed = fragment.Trim();
        var before = start > 0 ? "… " : "";
        var after = start >= 0 && start + plain.Length < text.Length ? " …" : "";
        return before + trimmed + after;
    }

    private static string Excerpt(string text)
    {
        text = text.Replace('\n', ' ');
        if (text.Length <= SnippetLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', SnippetLength);
        return text[..(cut > 0 ? cut : SnippetLength)] + " …";
    }
}
