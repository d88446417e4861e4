using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Search;

/// <summary>
/// A point-in-time view of the in-memory Lucene index of one content snapshot: a document per
/// page (title and description) and one per section (the introduction and each h2). It never
/// changes: a content change updates the index (<see cref="SearchIndexer"/>) and makes a new view.
/// Searching is safe from many threads at once.
/// </summary>
public sealed class SearchIndex
{
    /// <summary>A reader scanning results wants to see why a section is listed, not read it.</summary>
    private const int PageSnippetLength = 200;
    private const int SectionSnippetLength = 160;

    /// <summary>Longer than any heading, so a heading is always shown whole.</summary>
    private const int HeadingLength = 1_000;

    /// <summary>Enough to show where a page answers; more would bury the next page.</summary>
    public const int SectionsPerHit = 3;

    private readonly Analyzer _analyzer;
    private readonly LiveIndexSearcher _searcher;
    private readonly SynonymTable _synonyms;
    private readonly long? _urgentPosition;

    internal SearchIndex(Analyzer analyzer, DirectoryReader reader, long contentVersion, SynonymTable synonyms, long? urgentPosition)
    {
        _analyzer = analyzer;
        _searcher = new LiveIndexSearcher(reader);
        _synonyms = synonyms;
        _urgentPosition = urgentPosition;
        ContentVersion = contentVersion;
        DocumentCount = reader.NumDocs;
    }

    /// <summary>The <see cref="ContentSnapshot.Version"/> this index was built from.</summary>
    public long ContentVersion { get; }

    /// <summary>Documents in the index: one per article and one per section.</summary>
    public int DocumentCount { get; }

    /// <summary>
    /// One page of results, <paramref name="perPage"/> pages of the site to it. Pages that hold every
    /// word (or a near spelling or synonym of it) are the answer; if none does, pages with some of
    /// the words are, and the results say so.
    /// </summary>
    public SearchResults Search(SearchInput input, int pageNumber, int perPage)
    {
        if (input.IsEmpty)
        {
            return SearchResults.None;
        }

        var query = new QueryReader(_analyzer, _searcher, _synonyms).Read(input);
        if (query.Words.Count == 0)
        {
            return SearchResults.None;
        }

        var (pages, matchedAll) = PageRanker.Rank(_searcher, query, _urgentPosition);
        if (pages.Count == 0)
        {
            return SearchResults.None with { CorrectedText = query.CorrectedText };
        }

        var pageCount = (pages.Count + perPage - 1) / perPage;
        var number = Math.Clamp(pageNumber, 1, pageCount);
        var skipped = (number - 1) * perPage;
        var hits = new HitMaker(this, query);
        return new SearchResults([.. pages.Skip(skipped).Take(perPage).Select(hits.For)], pages.Count, matchedAll)
        {
            PageNumber = number,
            PageCount = pageCount,
            Skipped = skipped,
            CorrectedText = query.CorrectedText,
        };
    }

    /// <summary>Reads what a result shows from the stored fields, marking the words searched for.</summary>
    private sealed class HitMaker(SearchIndex index, SearchQuery query)
    {
        private readonly SnippetMaker _text = new(index._analyzer, WordQueries.Highlighting(query, SearchDocuments.TextField), SearchDocuments.TextField, SectionSnippetLength);
        private readonly SnippetMaker _introduction = new(index._analyzer, WordQueries.Highlighting(query, SearchDocuments.TextField), SearchDocuments.TextField, PageSnippetLength);
        private readonly SnippetMaker _heading = new(index._analyzer, WordQueries.Highlighting(query, SearchDocuments.HeadingField), SearchDocuments.HeadingField, HeadingLength);
        private readonly SnippetMaker _description = new(index._analyzer, WordQueries.Highlighting(query, SearchDocuments.DescriptionField), SearchDocuments.DescriptionField, PageSnippetLength);

        public SearchHit For(PageMatch page)
        {
            var stored = Read(page.AnyDocument);
            var introduction = page.MatchingIntroduction(query.Required);
            var snippet = introduction is null
                ? _description.For(stored.Get(SearchDocuments.PageDescriptionField) ?? "")
                : _introduction.For(Read(introduction.Document).Get(SearchDocuments.TextField) ?? "");
            var sections = page.ListedSections(query.Required, SectionsPerHit).Select(section =>
            {
                var document = Read(section.Document);
                return new SectionHit(
                    document.Get(SearchDocuments.SectionUrlField),
                    _heading.For(document.Get(SearchDocuments.HeadingField) ?? ""),
                    _text.For(document.Get(SearchDocuments.TextField) ?? ""));
            });
            return new SearchHit(
                stored.Get(SearchDocuments.PageUrlField),
                stored.Get(SearchDocuments.PageTopicField),
                stored.Get(SearchDocuments.PageTitleField),
                snippet,
                [.. sections]);
        }

        private Document Read(int document) => index._searcher.Doc(document);
    }
}
