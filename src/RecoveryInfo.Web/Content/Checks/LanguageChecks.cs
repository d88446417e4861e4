using System.Text.RegularExpressions;

namespace RecoveryInfo.Web.Content.Checks;

/// <summary>
/// Flags stigmatising words for people who use drugs. Stigma puts people off seeking help, so the
/// site uses person-first language ("person who uses ketamine") throughout.
/// </summary>
public static partial class LanguageChecks
{
    private static readonly Dictionary<string, string> _alternatives = new(StringComparer.OrdinalIgnoreCase)
    {
        ["addict"] = "person with a ketamine addiction",
        ["addicts"] = "people with a ketamine addiction",
        ["abuser"] = "person who uses ketamine",
        ["abusers"] = "people who use ketamine",
        ["junkie"] = "person who uses drugs",
        ["junkies"] = "people who use drugs",
        ["clean"] = "drug-free, or not using",
        ["dirty"] = "using, or a positive test",
    };

    public static IEnumerable<(int Line, int Column, string Word, string Alternative)> Find(string text)
    {
        // One pass over the whole text; line and column are worked out only for the rare match.
        foreach (Match match in StigmatisingWord().Matches(text))
        {
            var before = text.AsSpan(0, match.Index);
            var line = 1 + before.Count('\n');
            var column = match.Index - (before.LastIndexOf('\n') + 1) + 1;
            yield return (line, column, match.Value, _alternatives[match.Value]);
        }
    }

    public static void Run(string text, string displayPath, List<ContentDiagnostic> diagnostics)
    {
        foreach (var (line, column, word, alternative) in Find(text))
        {
            diagnostics.Add(new(displayPath, line, column, DiagnosticSeverity.Error,
                $"'{word}' is stigmatising; use person-first language such as '{alternative}'"));
        }
    }

    [GeneratedRegex(@"\b(addicts?|abusers?|junkies|junkie|clean|dirty)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StigmatisingWord();
}
