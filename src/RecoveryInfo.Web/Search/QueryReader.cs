using Lucene.Net.Analysis;
using Lucene.Net.Index;

namespace RecoveryInfo.Web.Search;

/// <summary>
/// Turns what the reader typed into the words to search for. Each word is read as text, never as
/// query syntax: it is lower-cased and analysed like the pages (so AND, quotes, stars and brackets
/// are plain characters, and "the" or "?" ask for nothing). A word the index lacks is replaced by the
/// nearest word the pages use, unless the reader asked for their words as typed. Words that form an
/// editor's synonym are joined and widened to the whole group.
/// </summary>
internal sealed class QueryReader(Analyzer analyzer, LiveIndexSearcher searcher, SynonymTable synonyms)
{
    /// <summary>Bound the work one query can ask for, however many words it has (and one bit each in <see cref="SearchQuery.Required"/>).</summary>
    public const int MaxWords = 32;

    /// <summary>Words this long or longer that the index lacks are read as misspellings ("withdrawl", "ketamin").</summary>
    private const int NearSpellingMinimumLength = 5;

    private const int MaxMisspeltWords = 8;

    /// <summary>Near spellings share the first letter: people rarely get that wrong, and it keeps the look-up cheap.</summary>
    private const int NearSpellingPrefixLength = 1;

    /// <summary>A synonym is what the reader meant, but the words they typed are what they asked for.</summary>
    private const float SynonymWeight = 0.7f;

    /// <summary>The longest run of typed words looked up as one synonym.</summary>
    private const int MaxSynonymWords = 4;

    private static readonly string[] _searchedFields = [SearchDocuments.TitleField, SearchDocuments.DescriptionField, SearchDocuments.HeadingField, SearchDocuments.TextField];

    public SearchQuery Read(SearchInput input)
    {
        var typed = new List<(string Typed, Phrase Phrase)>();
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        var misspelt = 0;
        foreach (var word in input.Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(MaxWords))
        {
            var used = word;
            if (!input.AsTyped)
            {
                foreach (var token in Tokens(word).Where(token => token.Count(char.IsLetter) >= NearSpellingMinimumLength && !IsKnown(token)))
                {
                    if (misspelt++ >= MaxMisspeltWords)
                    {
                        break;
                    }

                    if (NearestSpelling(token) is { } near)
                    {
                        used = used.Replace(token, near, StringComparison.Ordinal);
                    }
                }
            }

            if (used != word)
            {
                corrections[word] = used;
            }

            var phrase = Phrase.Analyse(analyzer, SearchDocuments.TextField, used);
            if (!phrase.IsEmpty)
            {
                typed.Add((word, phrase));
            }
        }

        var corrected = corrections.Count == 0 ? null : string.Join(' ', input.Text.Split(' ').Select(word => corrections.GetValueOrDefault(word.ToLowerInvariant(), word)));
        return new SearchQuery(WithSynonyms(typed), corrected);
    }

    private List<QueryWord> WithSynonyms(List<(string Typed, Phrase Phrase)> typed)
    {
        var words = new List<QueryWord>();
        for (var start = 0; start < typed.Count;)
        {
            var length = Math.Min(MaxSynonymWords, typed.Count - start);
            IReadOnlyList<Phrase>? group = null;
            Phrase joined = typed[start].Phrase;
            for (; length > 0; length--)
            {
                joined = Phrase.Join(typed.Skip(start).Take(length).Select(word => word.Phrase));
                if ((group = synonyms.GroupOf(joined)) is not null)
                {
                    break;
                }
            }

            length = Math.Max(length, 1);
            var run = typed.Skip(start).Take(length).ToList();
            var phrases = group is null
                ? [(joined, 1f)]
                : group.Select(phrase => (phrase, phrase.Key == joined.Key ? 1f : SynonymWeight)).ToList();
            words.Add(new QueryWord(string.Join(' ', run.Select(word => word.Typed)), phrases, run.Any(word => !QuestionWords.Contains(word.Typed))));
            start += length;
        }

        // A search made only of question words ("what is it") still asks for them.
        return words.All(word => !word.Required) ? [.. words.Select(word => word with { Required = true })] : words;
    }

    private List<string> Tokens(string word) => [.. Phrase.Analyse(analyzer, SearchDocuments.WordsField, word).Terms];

    /// <summary>Known words need no near spelling: that keeps correctly spelt searches fast and precise.</summary>
    private bool IsKnown(string token) =>
        Phrase.Analyse(analyzer, SearchDocuments.TextField, token).Terms
            .All(stem => synonyms.Knows(stem) || _searchedFields.Any(field => searcher.HasLiveDocument(new Term(field, stem))));

    /// <summary>
    /// The indexed word closest to the token (within one edit, two for longer words), looked up
    /// unstemmed, because a misspelt word does not stem like the real one: "cravigns" is far from the
    /// stem "crave" but one swap from "cravings".
    /// </summary>
    private string? NearestSpelling(string token)
    {
        var maxEdits = token.Length >= 8 ? 2 : 1;
        return searcher.NearTerms(new Term(SearchDocuments.WordsField, token), maxEdits, NearSpellingPrefixLength, count: 2).FirstOrDefault(text => text != token);
    }
}
