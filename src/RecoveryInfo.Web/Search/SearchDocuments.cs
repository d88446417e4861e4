using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Glossary;

namespace RecoveryInfo.Web.Search;

/// <summary>
/// What the search index holds for an article: one document for the page (its title and
/// description), and one per section (the introduction and each h2) with only the section's own
/// heading and text, so a section matches only on its own words. A full build and an update in
/// place both use these.
/// </summary>
internal static class SearchDocuments
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const string TitleField = "title";
    public const string DescriptionField = "description";
    public const string HeadingField = "heading";
    public const string TextField = "text";

    /// <summary>The h3 and h4 headings inside a section (also in its text): they say what its parts are about.</summary>
    public const string SubheadingsField = "subheadings";

    /// <summary>The section's urgent and emergency care cards (also in its text): a match here puts the page first.</summary>
    public const string CareCardField = "care-card";

    /// <summary>Where a section is (its #anchor, none for the introduction).</summary>
    public const string SectionUrlField = "section-url";

    // Stored on every document of an article, so any one that matched can describe the page.
    public const string PageUrlField = "page-url";
    public const string PageTopicField = "page-topic";
    public const string PageTitleField = "page-title";
    public const string PageDescriptionField = "page-description";

    /// <summary>Every searched field again, unstemmed and in one place, to look near spellings up in.</summary>
    public const string WordsField = "words";

    /// <summary>The article's URL on each of its documents, so an update can replace or delete them all at once.</summary>
    public const string ArticleField = "article";

    /// <summary>Where the article comes in the content (topic order, then article order): what groups a page's documents.</summary>
    public const string PositionField = "position";

    /// <summary>0 for the introduction, 1, 2… for each h2 section in order, or <see cref="PagePart"/> for the page's own document.</summary>
    public const string PartField = "part";

    public const int PagePart = -1;

    public static Analyzer NewAnalyzer() => new PerFieldAnalyzerWrapper(
        new EnglishAnalyzer(Version),
        new Dictionary<string, Analyzer> { [WordsField] = new StandardAnalyzer(Version, CharArraySet.Empty) });

    public static IEnumerable<Document> For(Topic topic, Article article, long position)
    {
        yield return PageDocument(topic, article, position);
        var subheadings = Subheadings(article);
        var number = 0;
        foreach (var section in article.ReadSections())
        {
            var document = SectionDocument(topic, article, section, position, section.IsIntroduction ? 0 : ++number);
            document.Add(new TextField(SubheadingsField, string.Join('\n', subheadings.GetValueOrDefault(section.HeadingId, [])), Field.Store.NO));
            yield return document;
        }
    }

    /// <summary>The texts of the h3 and h4 headings under each h2, by the h2's id ("" before the first).</summary>
    private static Dictionary<string, List<string>> Subheadings(Article article)
    {
        var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var current = "";
        foreach (var heading in article.Headings)
        {
            if (heading.Level <= 2)
            {
                current = heading.Id;
            }
            else
            {
                (found.TryGetValue(current, out var list) ? list : found[current] = []).Add(heading.Text);
            }
        }

        return found;
    }

    /// <summary>The /glossary page as a page of its own, with one section per term (its name, other forms and definition).</summary>
    public static IEnumerable<Document> ForGlossary(GlossaryTerms glossary, string title, string description, long position)
    {
        var page = new PageFields(GlossaryTerms.Url, GlossaryTopic, title, description);
        yield return
        [
            .. Common(page, position, PagePart),
            new TextField(TitleField, title, Field.Store.NO),
            new TextField(DescriptionField, description, Field.Store.NO),
            new TextField(WordsField, string.Join('\n', title, description), Field.Store.NO),
        ];
        var number = 0;
        foreach (var entry in glossary.Entries)
        {
            var text = string.Join('\n', entry.Forms.Prepend(entry.Definition));
            yield return
            [
                .. Common(page, position, ++number),
                new StoredField(SectionUrlField, $"{GlossaryTerms.Url}#{entry.Id}"),
                new TextField(HeadingField, entry.DisplayTerm, Field.Store.YES),
                new TextField(TextField, text, Field.Store.YES),
                new TextField(WordsField, string.Join('\n', entry.Term, text), Field.Store.NO),
                new TextField(SubheadingsField, "", Field.Store.NO),
            ];
        }
    }

    /// <summary>What search results show as the glossary's topic.</summary>
    public const string GlossaryTopic = "Glossary";

    private static Document PageDocument(Topic topic, Article article, long position) =>
    [
        .. Common(topic, article, position, PagePart),
        new TextField(TitleField, article.Title, Field.Store.NO),
        new TextField(DescriptionField, article.Description, Field.Store.NO),
        new TextField(WordsField, string.Join('\n', article.Title, article.Description), Field.Store.NO),
    ];

    private static Document SectionDocument(Topic topic, Article article, ArticleSection part, long position, int index) =>
    [
        .. Common(topic, article, position, index),
        new StoredField(SectionUrlField, part.IsIntroduction ? article.Url : $"{article.Url}#{part.HeadingId}"),
        new TextField(HeadingField, part.HeadingText, Field.Store.YES),
        new TextField(TextField, part.PlainText, Field.Store.YES),
        new TextField(CareCardField, part.CareCardText, Field.Store.NO),
        new TextField(WordsField, string.Join('\n', part.HeadingText, part.PlainText), Field.Store.NO),
    ];

    private static IEnumerable<IIndexableField> Common(Topic topic, Article article, long position, int part) =>
        Common(new PageFields(article.Url, topic.Title, article.Title, article.Description), position, part);

    private static IEnumerable<IIndexableField> Common(PageFields page, long position, int part) =>
    [
        new StringField(ArticleField, page.Url, Field.Store.NO),
        new NumericDocValuesField(PositionField, position),
        new NumericDocValuesField(PartField, part),
        new StoredField(PageUrlField, page.Url),
        new StoredField(PageTopicField, page.Topic),
        new StoredField(PageTitleField, page.Title),
        new StoredField(PageDescriptionField, page.Description),
    ];

    /// <summary>What every document of a page stores about the page.</summary>
    private readonly record struct PageFields(string Url, string Topic, string Title, string Description);
}
