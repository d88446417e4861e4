using Lucene.Net.Analysis;
using RecoveryInfo.Web.Content.Synonyms;

namespace RecoveryInfo.Web.Search;

/// <summary>
/// The editors' synonym groups (<c>content/synonyms.yml</c>) as the index reads words: each word or
/// phrase analysed like the pages' text, so "peeing" finds the group of "pee" and "young people" the
/// group of "teenager".
/// </summary>
internal sealed class SynonymTable
{
    private readonly Dictionary<string, IReadOnlyList<Phrase>> _groupOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> _terms = new(StringComparer.Ordinal);

    public SynonymTable(Analyzer analyzer, IReadOnlyList<SynonymGroup> groups)
    {
        foreach (var group in groups)
        {
            // A phrase that analyses to nothing (only stop words) cannot be searched; two that analyse alike are one.
            var phrases = group.Words.Select(word => Phrase.Analyse(analyzer, SearchDocuments.TextField, word))
                .Where(phrase => !phrase.IsEmpty)
                .DistinctBy(phrase => phrase.Key)
                .ToList();
            if (phrases.Count < 2)
            {
                continue;
            }

            foreach (var phrase in phrases)
            {
                // The loader refuses a word in two groups; two words that stem alike keep the first group.
                _groupOf.TryAdd(phrase.Key, phrases);
                _terms.UnionWith(phrase.Terms);
            }
        }
    }

    public static SynonymTable Empty { get; } = new(new Lucene.Net.Analysis.Core.KeywordAnalyzer(), []);

    /// <summary>The group the phrase belongs to, or null.</summary>
    public IReadOnlyList<Phrase>? GroupOf(Phrase phrase) => _groupOf.GetValueOrDefault(phrase.Key);

    /// <summary>True for a term of any synonym: such a word is never treated as misspelt ("wonky" is a word, even if no page has it).</summary>
    public bool Knows(string term) => _terms.Contains(term);
}
