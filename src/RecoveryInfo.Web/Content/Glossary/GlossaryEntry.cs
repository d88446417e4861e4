namespace RecoveryInfo.Web.Content.Glossary;

/// <summary>
/// One word the site explains: its name, the other forms readers meet in the text, a plain
/// definition, and optionally the page that says more. Lines point into <c>glossary.yml</c>.
/// </summary>
public sealed record GlossaryEntry(string Term, string Id, IReadOnlyList<string> Forms, string Definition, string? Link, int Line, int DefinitionLine, int LinkLine)
{
    /// <summary>The term and its other forms, every way the text may spell it.</summary>
    public IEnumerable<string> AllForms => Forms.Prepend(Term);

    /// <summary>The term as a heading shows it, starting with a capital ("Aftercare", "K-hole", "CBT").</summary>
    public string DisplayTerm => Term.Length == 0 ? Term : char.ToUpperInvariant(Term[0]) + Term[1..];
}
