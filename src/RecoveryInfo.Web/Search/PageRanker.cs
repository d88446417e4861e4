using Lucene.Net.Search;

namespace RecoveryInfo.Web.Search;

/// <summary>
/// Finds the pages a search matches and puts them in order. A page matches a word when its title,
/// description or any of its sections holds it; it ranks by its best match (its title and
/// description plus its best section). Pages that hold every required word are the answer; if
/// none does, pages holding the most of them are. The urgent-help page, when it holds every word,
/// comes first, then pages with an urgent or emergency care card that holds every word.
/// </summary>
internal static class PageRanker
{
    public static (List<PageMatch> Pages, bool MatchedAllWords) Rank(LiveIndexSearcher searcher, SearchQuery query, long? urgentPosition)
    {
        var pages = new Dictionary<long, PageMatch>();
        for (var index = 0; index < query.Words.Count; index++)
        {
            Collect(searcher, WordQueries.Scoring(query.Words[index]), 1UL << index, pages);
        }

        var required = query.Required;
        var complete = pages.Values.Where(page => (page.Words & required) == required).ToList();
        var matchedAll = complete.Count > 0;
        var found = matchedAll ? complete : pages.Values.Where(page => (page.Words & required) != 0).ToList();
        var inCareCards = matchedAll ? PagesWithCareCardsHolding(searcher, query) : [];
        var ordered = found
            .Select(page => (Page: page, Urgent: matchedAll && page.Position == urgentPosition, Care: inCareCards.Contains(page.Position), Count: page.WordCount(required), page.Score))
            .OrderByDescending(match => match.Urgent)
            .ThenByDescending(match => match.Care)
            .ThenByDescending(match => match.Count)
            .ThenByDescending(match => match.Score)
            .ThenBy(match => match.Page.Position)
            .Select(match => match.Page)
            .ToList();
        return (ordered, matchedAll);
    }

    /// <summary>The pages with a section whose care cards hold every required word.</summary>
    private static HashSet<long> PagesWithCareCardsHolding(LiveIndexSearcher searcher, SearchQuery query)
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var word in query.Words.Where(word => word.Required))
        {
            all.Add(WordQueries.InCareCard(word), Occur.MUST);
        }

        var pages = new HashSet<long>();
        if (all.Clauses.Count == 0)
        {
            return pages;
        }

        var weight = searcher.CreateNormalizedWeight(all);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
            {
                continue;
            }

            var positions = leaf.AtomicReader.GetNumericDocValues(SearchDocuments.PositionField);
            int doc;
            while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                pages.Add(positions.Get(doc));
            }
        }

        return pages;
    }

    /// <summary>Scores every live document holding the word and files it under its page.</summary>
    private static void Collect(LiveIndexSearcher searcher, Query query, ulong word, Dictionary<long, PageMatch> pages)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            if (weight.GetScorer(leaf, reader.LiveDocs) is not { } scorer)
            {
                continue;
            }

            var positions = reader.GetNumericDocValues(SearchDocuments.PositionField);
            var parts = reader.GetNumericDocValues(SearchDocuments.PartField);
            int doc;
            while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                var position = positions.Get(doc);
                if (!pages.TryGetValue(position, out var page))
                {
                    pages[position] = page = new PageMatch(position);
                }

                var part = (int)parts.Get(doc);
                if (part == SearchDocuments.PagePart)
                {
                    page.AddOwn(leaf.DocBase + doc, word, scorer.GetScore());
                }
                else
                {
                    page.AddSection(leaf.DocBase + doc, part, word, scorer.GetScore());
                }
            }
        }
    }
}
