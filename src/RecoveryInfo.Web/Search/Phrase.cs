using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace RecoveryInfo.Web.Search;

/// <summary>
/// Words as the index holds them (lower case, stemmed, stop words left out), with their positions,
/// so several words ("special k", or "k-hole" typed as one) are searched as a phrase.
/// </summary>
internal sealed record Phrase(IReadOnlyList<string> Terms, IReadOnlyList<int> Positions)
{
    /// <summary>The terms in one string, to compare phrases by.</summary>
    public string Key { get; } = string.Join(' ', Terms);

    public bool IsEmpty => Terms.Count == 0;

    public static Phrase Analyse(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        var positions = new List<int>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add(term.ToString());
            positions.Add(position);
        }

        stream.End();
        var first = positions.Count > 0 ? positions[0] : 0;
        return new Phrase(terms, [.. positions.Select(at => at - first)]);
    }

    /// <summary>One phrase after another, as the reader typed them.</summary>
    public static Phrase Join(IEnumerable<Phrase> phrases)
    {
        var terms = new List<string>();
        var positions = new List<int>();
        foreach (var phrase in phrases)
        {
            var start = positions.Count > 0 ? positions[^1] + 1 : 0;
            terms.AddRange(phrase.Terms);
            positions.AddRange(phrase.Positions.Select(at => start + at));
        }

        return new Phrase(terms, positions);
    }

    public Query ToQuery(string field)
    {
        if (Terms.Count == 1)
        {
            return new TermQuery(new Term(field, Terms[0]));
        }

        var phrase = new PhraseQuery();
        for (var index = 0; index < Terms.Count; index++)
        {
            phrase.Add(new Term(field, Terms[index]), Positions[index]);
        }

        return phrase;
    }
}
