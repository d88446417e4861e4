namespace RecoveryInfo.Web.Content.Glossary;

/// <summary>
/// The glossary of a content version: its entries A–Z, and a lookup of all their forms that finds
/// them in prose. The same file text gives the same instance, so articles are only rendered again
/// when the glossary changes.
/// </summary>
public sealed class GlossaryTerms
{
    public static readonly GlossaryTerms Empty = new("", []);

    /// <summary>The page that lists every term; each term's id is its anchor there.</summary>
    public const string Url = "/glossary";

    /// <summary>The glossary page's title and description, on the page and in search results.</summary>
    public const string PageTitle = "Words explained";

    public const string PageDescription = "Plain-English meanings of the medical and treatment words used on this site, A to Z.";

    // Every form, any case, with its entry; the first words of all forms, to skip most words at once.
    private readonly Dictionary<string, (GlossaryEntry Entry, string Form)> _byForm = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (GlossaryEntry Entry, string Form)>.AlternateLookup<ReadOnlySpan<char>> _formLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;
    private readonly Dictionary<string, GlossaryEntry> _byId = new(StringComparer.Ordinal);
    private readonly int _longestForm;

    public GlossaryTerms(string text, IReadOnlyList<GlossaryEntry> entries)
    {
        Text = text;
        Entries = [.. entries.OrderBy(entry => entry.Term, StringComparer.OrdinalIgnoreCase)];
        var firstWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Entries)
        {
            _byId.TryAdd(entry.Id, entry);
            foreach (var form in entry.AllForms)
            {
                var words = Words(form).Select(word => form[word.Start..word.End]).ToList();
                if (words.Count == 0)
                {
                    continue;
                }

                _byForm.TryAdd(string.Join(' ', words), (entry, string.Join(' ', words)));
                firstWords.Add(words[0]);
                _longestForm = Math.Max(_longestForm, words.Count);
            }
        }

        _formLookup = _byForm.GetAlternateLookup<ReadOnlySpan<char>>();
        _firstWords = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The text of <c>glossary.yml</c> these entries came from.</summary>
    public string Text { get; }

    /// <summary>Every entry, A–Z by term.</summary>
    public IReadOnlyList<GlossaryEntry> Entries { get; }

    public GlossaryEntry? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The entry a front-matter name refers to: its id, term or any other form.</summary>
    public GlossaryEntry? FindByName(string name) =>
        FindById(name) ?? (Find(name).FirstOrDefault() is { Entry: { } entry } match && match.Length == name.Trim().Length ? entry : null) ?? FindById(Slugs.FromName(name));

    /// <summary>
    /// Every whole-word use of a form in <paramref name="text"/>, longest form first where they
    /// overlap, in order. A plain plural "s" counts; a form written in capitals (NICE, CBT) matches
    /// only in capitals, so "nice" stays an ordinary word.
    /// </summary>
    public IEnumerable<(int Index, int Length, GlossaryEntry Entry)> Find(string text)
    {
        if (_byForm.Count == 0)
        {
            return [];
        }

        var found = new List<(int, int, GlossaryEntry)>();
        var words = Words(text).ToList();
        for (var first = 0; first < words.Count; first++)
        {
            if (!_firstWords.Contains(Trimmed(text.AsSpan(words[first].Start, words[first].End - words[first].Start))))
            {
                continue;
            }

            for (var count = Math.Min(_longestForm, words.Count - first); count >= 1; count--)
            {
                var last = first + count - 1;
                if (Match(text, words, first, last) is { } entry)
                {
                    found.Add((words[first].Start, words[last].End - words[first].Start, entry));
                    first = last;
                    break;
                }
            }
        }

        return found;
    }

    private GlossaryEntry? Match(string text, List<(int Start, int End)> words, int first, int last)
    {
        var candidate = text[words[first].Start..words[last].End];
        for (var index = first; index < last; index++)
        {
            // Only words separated by spaces make a phrase ("talking therapy", not "talking, therapy").
            if (!text.AsSpan(words[index].End, words[index + 1].Start - words[index].End).IsWhiteSpace())
            {
                return null;
            }
        }

        if (last > first)
        {
            candidate = string.Join(' ', candidate.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        }

        return Lookup(candidate) ?? (candidate.EndsWith('s') ? Lookup(candidate.AsSpan(0, candidate.Length - 1)) : null);
    }

    private GlossaryEntry? Lookup(ReadOnlySpan<char> candidate) =>
        _formLookup.TryGetValue(candidate, out var hit) && (!IsAcronym(hit.Form) || candidate.SequenceEqual(hit.Form)) ? hit.Entry : null;

    /// <summary>A plural "s" is no part of the first word's lookup either ("urologists").</summary>
    private ReadOnlySpan<char> Trimmed(ReadOnlySpan<char> word) =>
        word.Length > 1 && (word[^1] is 's' or 'S') && !_firstWords.Contains(word) ? word[..^1] : word;

    private static bool IsAcronym(string form) => form.Count(char.IsUpper) >= 2 && !form.Any(char.IsLower);

    /// <summary>Runs of letters and digits, joined by inner hyphens or apostrophes ("K-hole", "DSM-5", "person's").</summary>
    private static IEnumerable<(int Start, int End)> Words(string text)
    {
        var index = 0;
        while (index < text.Length)
        {
            if (!char.IsLetterOrDigit(text[index]))
            {
                index++;
                continue;
            }

            var start = index;
            while (index < text.Length && (char.IsLetterOrDigit(text[index])
                || (text[index] is '-' or '\'' or '’' && index + 1 < text.Length && char.IsLetterOrDigit(text[index + 1]))))
            {
                index++;
            }

            yield return (start, index);
        }
    }
}
