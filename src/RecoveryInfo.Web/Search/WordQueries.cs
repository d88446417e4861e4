using Lucene.Net.Search;

namespace RecoveryInfo.Web.Search;

/// <summary>The Lucene queries for a reader's words: one to score each word, one to mark the words in snippets.</summary>
internal static class WordQueries
{
    /// <summary>
    /// The title and description say what the whole page is about, and a heading what its section
    /// is about (an h3 or h4, what a part of it is about), so a match there counts for more than one
    /// in the running text. A page's document holds only the first two fields, a section's the others.
    /// </summary>
    private static readonly (string Field, float Boost)[] _fields =
    [
        (SearchDocuments.TitleField, 3f),
        (SearchDocuments.DescriptionField, 1.5f),
        (SearchDocuments.HeadingField, 2.5f),
        (SearchDocuments.SubheadingsField, 1.5f),
        (SearchDocuments.TextField, 1f),
    ];

    /// <summary>A text that uses several words of one synonym group is a little more about it, not several times.</summary>
    private const float SynonymTieBreaker = 0.1f;

    /// <summary>A document's score for one word: its best phrase, summed over its fields.</summary>
    public static Query Scoring(QueryWord word)
    {
        var best = new DisjunctionMaxQuery(SynonymTieBreaker);
        foreach (var (phrase, weight) in word.Phrases)
        {
            var fields = new BooleanQuery(disableCoord: true);
            foreach (var (field, boost) in _fields)
            {
                var query = phrase.ToQuery(field);
                query.Boost = boost * weight;
                fields.Add(query, Occur.SHOULD);
            }

            best.Add(fields);
        }

        return best;
    }

    /// <summary>Any phrase of one word in a section's urgent or emergency care cards.</summary>
    public static Query InCareCard(QueryWord word)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var (phrase, _) in word.Phrases)
        {
            any.Add(phrase.ToQuery(SearchDocuments.CareCardField), Occur.SHOULD);
        }

        return any;
    }

    /// <summary>Every phrase of the required words in one field: what a snippet marks.</summary>
    public static Query Highlighting(SearchQuery query, string field)
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var word in query.Words.Where(word => word.Required))
        {
            foreach (var (phrase, _) in word.Phrases)
            {
                all.Add(phrase.ToQuery(field), Occur.SHOULD);
            }
        }

        return all;
    }
}
