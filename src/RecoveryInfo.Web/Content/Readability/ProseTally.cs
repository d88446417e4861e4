using System.Text.RegularExpressions;

namespace RecoveryInfo.Web.Content.Readability;

/// <summary>
/// Adds up blocks of prose (a paragraph, a list item) into a <see cref="ReadabilityScore"/>, and keeps
/// what makes them hard: the longest sentence and the longest words. Every block ends a sentence,
/// so a list item without a full stop still counts as one.
/// </summary>
public sealed partial class ProseTally
{
    /// <summary>Words counted for "longest words": those of three syllables or more, as SMOG counts.</summary>
    public const int PolysyllableMinimum = 3;

    private static readonly HashSet<string> _abbreviations = new(StringComparer.OrdinalIgnoreCase) { "e.g", "i.e", "eg", "ie", "dr", "mr", "mrs", "ms", "vs", "approx" };
    private readonly Dictionary<string, int> _hardWords = new(StringComparer.OrdinalIgnoreCase);

    public ReadabilityScore Score { get; private set; }

    /// <summary>The sentence with the most words so far, as written.</summary>
    public string LongestSentence { get; private set; } = "";

    public int LongestSentenceWords { get; private set; }

    /// <summary>Up to <paramref name="count"/> distinct words with the most syllables, longest first.</summary>
    public IReadOnlyList<string> LongestWords(int count = 3) =>
        [.. _hardWords.OrderByDescending(pair => pair.Value).ThenByDescending(pair => pair.Key.Length).ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(count).Select(pair => pair.Key)];

    /// <summary>The score of one piece of text, counted as a single block.</summary>
    public static ReadabilityScore Measure(string text)
    {
        var tally = new ProseTally();
        tally.Add(text);
        return tally.Score;
    }

    /// <summary>Adds one block of prose: a paragraph or a list item, as plain text.</summary>
    public void Add(string block)
    {
        foreach (var sentence in Sentences(block))
        {
            var words = Words().Matches(sentence);
            if (words.Count == 0)
            {
                continue;
            }

            var syllables = 0;
            var polysyllables = 0;
            foreach (Match word in words)
            {
                var count = SyllableCounter.Count(word.Value);
                syllables += count;
                if (count >= PolysyllableMinimum)
                {
                    polysyllables++;
                    _hardWords.TryAdd(word.Value.ToLowerInvariant(), count);
                }
            }

            Score += new ReadabilityScore(words.Count, 1, syllables, polysyllables);
            if (words.Count > LongestSentenceWords)
            {
                LongestSentenceWords = words.Count;
                LongestSentence = sentence;
            }
        }
    }

    /// <summary>Splits at '.', '!' or '?' (with any closing quote or bracket) followed by a space, except after "e.g." and the like.</summary>
    private static IEnumerable<string> Sentences(string block)
    {
        var text = Spaces().Replace(block, " ").Trim();
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(text))
        {
            var candidate = text[start..end.Index];
            var lastWord = candidate[(candidate.LastIndexOf(' ') + 1)..].TrimStart('(', '"', '“', '‘');
            if (_abbreviations.Contains(lastWord))
            {
                continue;
            }

            yield return text[start..(end.Index + end.Length)].Trim();
            start = end.Index + end.Length;
        }

        if (start < text.Length)
        {
            yield return text[start..].Trim();
        }
    }

    [GeneratedRegex(@"[.!?]+[""'’”)\]]*(?=\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[.,'’\-][\p{L}\p{N}]+)*")]
    private static partial Regex Words();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
