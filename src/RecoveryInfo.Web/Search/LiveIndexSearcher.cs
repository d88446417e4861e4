using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace RecoveryInfo.Web.Search;

/// <summary>
/// A searcher that sees only the live documents of an index updated in place. Lucene keeps a
/// replaced or deleted document's words in its statistics and term lists until segments merge;
/// counting only live documents makes scores, known words and near spellings exactly what a
/// freshly built index of the same content gives.
/// </summary>
internal sealed class LiveIndexSearcher : IndexSearcher
{
    public LiveIndexSearcher(IndexReader reader)
        : base(reader)
    {
        Similarity = new UnnormalisedSimilarity();
    }

    /// <summary>The TF-IDF similarity reads the number of documents and nothing else from here.</summary>
    public override CollectionStatistics CollectionStatistics(string field) =>
        new(field, IndexReader.NumDocs, docCount: -1, sumTotalTermFreq: -1, sumDocFreq: -1);

    public override TermStatistics TermStatistics(Term term, TermContext context)
    {
        if (!IndexReader.HasDeletions)
        {
            return base.TermStatistics(term, context);
        }

        long documents = 0;
        long occurrences = 0;
        foreach (var leaf in IndexReader.Leaves)
        {
            var postings = leaf.AtomicReader.GetTermDocsEnum(term);
            while (postings is not null && postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                documents++;
                occurrences += postings.Freq;
            }
        }

        return new TermStatistics(term.Bytes, documents, occurrences);
    }

    public bool HasLiveDocument(Term term) =>
        IndexReader.Leaves.Any(leaf => leaf.AtomicReader.GetTermDocsEnum(term) is { } postings && postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS);

    /// <summary>
    /// The <paramref name="count"/> indexed words nearest to the term that a live document holds,
    /// chosen as a <see cref="FuzzyQuery"/> chooses them (closest first, then in term order).
    /// </summary>
    public IEnumerable<string> NearTerms(Term term, int maxEdits, int prefixLength, int count)
    {
        var found = new Dictionary<string, float>();
        foreach (var leaf in IndexReader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(term.Field) is not { } terms)
            {
                continue;
            }

            var near = new FuzzyTermsEnum(terms, new AttributeSource(), term, maxEdits, prefixLength, transpositions: true);
            var boost = near.Attributes.AddAttribute<IBoostAttribute>();
            var liveDocs = leaf.AtomicReader.LiveDocs;
            while (near.MoveNext())
            {
                if (near.Docs(liveDocs, null, DocsFlags.NONE).NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    found[near.Term.Utf8ToString()] = boost.Boost;
                }
            }
        }

        return found.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(count).Select(pair => pair.Key);
    }

    /// <summary>
    /// Each word of a search is scored on its own and the scores added up, so a word's weight must
    /// not be scaled to the query it is in: a rare word ("bladder") must keep counting for more than
    /// a common one ("ketamine").
    /// </summary>
    private sealed class UnnormalisedSimilarity : DefaultSimilarity
    {
        public override float QueryNorm(float sumOfSquaredWeights) => 1f;
    }
}
