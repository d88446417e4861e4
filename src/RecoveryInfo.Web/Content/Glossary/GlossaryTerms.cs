using System.Text.RegularExpressions;

namespace RecoveryInfo.Web.Content.Glossary;

/// <summary>
/// The glossary of a content version: its entries A–Z and one matcher for all of their forms. The
/// same file text gives the same instance, so articles are only rendered again when the glossary changes.
/// </summary>
public sealed class GlossaryTerms
{
    public static readonly GlossaryTerms Empty = new("", []);

    /// <summary>The page that lists every term; each term's id is its anchor there.</summary>
    public const string Url = "/glossary";

    /// <summary>The glossary page's title and description, on the page and in search results.</summary>
    public const string PageTitle = "Words explained";

    public const string PageDescription = "Plain-English meanings of the medical and treatment words used on this site, A to Z.";

    private readonly Dictionary<string, GlossaryEntry> _byForm = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GlossaryEntry> _byId = new(StringComparer.Ordinal);

    public GlossaryTerms(string text, IReadOnlyList<GlossaryEntry> entries)
    {
        Text = text;
        Entries = [.. entries.OrderBy(entry => entry.Term, StringComparer.OrdinalIgnoreCase)];
        foreach (var entry in Entries)
        {
            _byId.TryAdd(entry.Id, entry);
            foreach (var form in entry.AllForms)
            {
                _byForm.TryAdd(form, entry);
            }
        }

        // Longest forms first, so "ketamine bladder syndrome" wins over "bladder"; a plain plural "s" matches too.
        // An acronym written in capitals (NICE, CBT) matches only in capitals, so "nice" stays an ordinary word.
        var forms = _byForm.Keys.OrderByDescending(form => form.Length).Select(form =>
        {
            var pattern = Regex.Escape(form).Replace(@"\ ", @"\s+") + (char.IsLetter(form[^1]) && form[^1] != 's' ? "s?" : "");
            return IsAcronym(form) ? $"(?-i:{pattern})" : pattern;
        });
        Matcher = _byForm.Count == 0 ? null : new Regex($@"(?<![\p{{L}}\p{{N}}\-])(?:{string.Join('|', forms)})(?![\p{{L}}\p{{N}}\-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The text of <c>glossary.yml</c> these entries came from.</summary>
    public string Text { get; }

    /// <summary>Every entry, A–Z by term.</summary>
    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>Finds any form of any term in prose; null for an empty glossary.</summary>
    public Regex? Matcher { get; }

    private static bool IsAcronym(string form) => form.Count(char.IsUpper) >= 2 && !form.Any(char.IsLower);

    public GlossaryEntry? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The entry a matched piece of text belongs to (a plural "s" is allowed).</summary>
    public GlossaryEntry? FindByText(string text)
    {
        var form = Regex.Replace(text.Trim(), @"\s+", " ");
        return _byForm.GetValueOrDefault(form) ?? (form.EndsWith('s') ? _byForm.GetValueOrDefault(form[..^1]) : null);
    }

    /// <summary>The entry a front-matter name refers to: its id, term or any other form.</summary>
    public GlossaryEntry? FindByName(string name) => FindById(name) ?? FindByText(name) ?? FindById(Slugs.FromName(name));
}
