using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Search;

/// <summary>
/// What the search index holds for an article: one document per section (the introduction and
/// each h2), and the analyzer that reads them. A full build and an update in place both use these.
/// </summary>
internal static class SearchDocuments
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const string UrlField = "url";
    public const string TopicField = "topic";
    public const string TitleField = "title";
    public const string DescriptionField = "description";
    public const string HeadingField = "heading";
    public const string TextField = "text";

    /// <summary>Every searched field again, unstemmed and in one place, to look near spellings up in.</summary>
    public const string WordsField = "words";

    /// <summary>The article's URL on each of its documents, so an update can replace or delete them all at once.</summary>
    public const string ArticleField = "article";

    /// <summary>Where the article comes in the content (topic order, then article order).</summary>
    public const string PositionField = "position";

    /// <summary>Where the section comes in its article (0 for the introduction).</summary>
    public const string PartField = "part";

    public static Analyzer NewAnalyzer() => new PerFieldAnalyzerWrapper(
        new EnglishAnalyzer(Version),
        new Dictionary<string, Analyzer> { [WordsField] = new StandardAnalyzer(Version, CharArraySet.Empty) });

    public static IEnumerable<Document> For(Topic topic, Article article, long position) =>
        article.ReadSections().DefaultIfEmpty(new ArticleSection("", "", "")).Select((part, index) => ToDocument(topic, article, part, position, index));

    private static Document ToDocument(Topic topic, Article article, ArticleSection part, long position, int index)
    {
        return
        [
            new StringField(ArticleField, article.Url, Field.Store.NO),
            new NumericDocValuesField(PositionField, position),
            new NumericDocValuesField(PartField, index),
            new StoredField(UrlField, part.IsIntroduction ? article.Url : $"{article.Url}#{part.HeadingId}"),
            new StoredField(TopicField, topic.Title),
            new TextField(TitleField, article.Title, Field.Store.YES),
            new TextField(DescriptionField, article.Description, Field.Store.YES),
            new TextField(HeadingField, part.HeadingText, Field.Store.YES),
            new TextField(TextField, part.PlainText, Field.Store.YES),
            new TextField(WordsField, string.Join('\n', article.Title, article.Description, part.HeadingText, part.PlainText), Field.Store.NO),
        ];
    }
}
