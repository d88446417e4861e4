namespace RecoveryInfo.Web.Content.Readability;

/// <summary>
/// Counts the syllables of an English word by its vowel groups, with the usual corrections for
/// silent endings ("-e", "-ed", "-es") and vowel pairs that are said as two ("-ia", "-eo"). No .NET
/// library for this restores here, so the rules are written out, and tests hold them to dictionary counts.
/// </summary>
public static class SyllableCounter
{
    /// <summary>Words the rules get wrong that the site uses often enough to matter.</summary>
    private static readonly Dictionary<string, int> _exceptions = new(StringComparer.Ordinal)
    {
        ["every"] = 2,
        ["everyone"] = 3,
        ["everything"] = 3,
        ["different"] = 3,
        ["business"] = 2,
        ["family"] = 3,
        ["families"] = 3,
        ["area"] = 3,
        ["areas"] = 3,
        ["being"] = 2,
        ["doing"] = 2,
        ["going"] = 2,
        ["seeing"] = 2,
        ["create"] = 2,
        ["created"] = 3,
        ["people"] = 2,
        ["someone"] = 2,
        ["sometimes"] = 2,
        ["something"] = 2,
        ["somewhere"] = 2,
        ["anyone"] = 3,
        ["anywhere"] = 3,
        ["whereabouts"] = 3,
        ["evening"] = 2,
        ["likely"] = 2,
        ["lonely"] = 2,
        ["lovely"] = 2,
        ["safely"] = 2,
        ["timely"] = 2,
        ["lifetime"] = 2,
        ["therapies"] = 3,
        ["psychiatrist"] = 4,
        ["psychiatric"] = 4,
        ["cannabis"] = 3,
        ["naloxone"] = 3,
        ["cocaine"] = 2,
        ["ketamine"] = 3,
        ["anaesthetic"] = 4,
        ["anesthetic"] = 4,
        ["recovery"] = 4,
        ["poem"] = 2,
        ["quiet"] = 2,
        ["science"] = 2,
        ["client"] = 2,
        ["diet"] = 2,
        ["idea"] = 3,
        ["ideas"] = 3,
        ["real"] = 1,
        ["really"] = 2,
        ["toward"] = 2,
        ["towards"] = 2,
        ["whole"] = 1,
        ["wholly"] = 2,
        ["are"] = 1,
        ["were"] = 1,
        ["where"] = 1,
        ["there"] = 1,
        ["here"] = 1,
        ["one"] = 1,
        ["once"] = 1,
        ["gone"] = 1,
        ["done"] = 1,
        ["none"] = 1,
        ["give"] = 1,
        ["live"] = 1,
        ["have"] = 1,
        ["love"] = 1,
        ["move"] = 1,
        ["some"] = 1,
        ["come"] = 1,
        ["fire"] = 1,
        ["hour"] = 1,
        ["hours"] = 1,
        ["our"] = 1,
        ["being's"] = 2,
        ["naive"] = 2,
        ["alcohol"] = 3,
        ["medicine"] = 3,
        ["medicines"] = 3,
        ["vehicle"] = 3,
        ["ageing"] = 2,
        ["aging"] = 2,
        ["urine"] = 2,
    };

    /// <summary>The syllables in one word (letters, apostrophes and hyphens); a number counts as one.</summary>
    public static int Count(string word)
    {
        if (word.Contains('-'))
        {
            return word.Split('-', StringSplitOptions.RemoveEmptyEntries).Sum(Count);
        }

        var letters = new string([.. word.ToLowerInvariant().Where(char.IsLetter)]);
        if (letters.Length == 0)
        {
            return 1;
        }

        if (_exceptions.TryGetValue(letters, out var known))
        {
            return known;
        }

        if (letters.Length <= 3)
        {
            return 1;
        }

        var stem = TrimSilentEnding(letters);
        var count = 0;
        var previousVowel = false;
        for (var index = 0; index < stem.Length; index++)
        {
            var vowel = IsVowel(stem, index);
            if (vowel && !previousVowel)
            {
                count++;
            }
            else if (vowel && SaidApart(stem, index))
            {
                count++;
            }

            previousVowel = vowel;
        }

        return Math.Max(1, count);
    }

    private static string TrimSilentEnding(string word)
    {
        // "-le" after a consonant is a syllable of its own (table, bottle); a final "e" otherwise is silent.
        if (word.EndsWith("le", StringComparison.Ordinal) && word.Length > 2 && !IsVowel(word, word.Length - 3))
        {
            return word;
        }

        if (word.EndsWith("es", StringComparison.Ordinal) && word.Length > 3)
        {
            // "-es" is said after s, x, z, ch, sh, g and c (buses, boxes, changes, places); otherwise silent (makes, tapes).
            var before = word[..^2];
            return before.EndsWith('s') || before.EndsWith('x') || before.EndsWith('z') || before.EndsWith("ch", StringComparison.Ordinal)
                || before.EndsWith("sh", StringComparison.Ordinal) || before.EndsWith('g') || before.EndsWith('c')
                || !HasVowel(before)
                ? word
                : before;
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 3)
        {
            // "-ed" is said after t and d (wanted, needed); otherwise silent (used, helped).
            var before = word[..^2];
            return before.EndsWith('t') || before.EndsWith('d') || !HasVowel(before) ? word : before;
        }

        if (word.EndsWith('e') && !word.EndsWith("ee", StringComparison.Ordinal) && !word.EndsWith("ie", StringComparison.Ordinal) && HasVowel(word[..^1]))
        {
            return word[..^1];
        }

        return word;
    }

    /// <summary>Vowel pairs said as two syllables: "ia" (media), "eo" (video), "io" (radio), "ua" (usual), "iu" (medium).</summary>
    private static bool SaidApart(string word, int index)
    {
        var pair = word.Substring(index - 1, 2);
        var next = index + 1 < word.Length ? word[index + 1] : ' ';
        if (pair == "ie")
        {
            // "-iety" (anxiety, society, variety) is two syllables.
            return next == 't';
        }

        if (pair is "ia" or "eo" or "io" or "ua" or "iu" or "uo")
        {
            // "-tion", "-sion", "-cial", "-tial", "-cian" and "-cious" are single syllables, but "-ciate" is not (associate).
            var before = index >= 2 ? word[index - 2] : ' ';
            var soft = (before is 't' or 's' or 'c') && (pair is "io" or "ia") && next != 't';
            var afterQ = before == 'q' && pair[0] == 'u';
            var guVowel = before == 'g' && pair[0] == 'u';

            // "-lian", "-lion", "-nian", "-nion" after an earlier syllable glide into one (million, Australian, opinion).
            var glide = (before is 'l' or 'n') && (pair is "ia" or "io") && index == word.Length - 2 && word[^1] == 'n'
                && HasVowel(word[..(index - 2)]);
            return !soft && !afterQ && !guVowel && !glide;
        }

        return false;
    }

    private static bool HasVowel(string word) => word.Any(letter => letter is 'a' or 'e' or 'i' or 'o' or 'u' or 'y');

    private static bool IsVowel(string word, int index)
    {
        var letter = word[index];
        if (letter is 'a' or 'e' or 'i' or 'o' or 'u')
        {
            return true;
        }

        // "y" is a vowel except at the start of a word or after a vowel (yes, play).
        return letter == 'y' && index > 0 && !(word[index - 1] is 'a' or 'e' or 'i' or 'o' or 'u');
    }
}
