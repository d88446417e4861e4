using System.Text.RegularExpressions;

namespace RecoveryInfo.Web.Content;

/// <summary>
/// Flags stigmatising words for people who use drugs. Stigma puts people off seeking help, so the
/// site uses person-first language ("person who uses ketamine") throughout.
/// </summary>
public static partial class LanguageCheck
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
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            foreach (Match match in StigmatisingWord().Matches(lines[index]))
            {
                yield return (index + 1, match.Index + 1, match.Value, _alternatives[match.Value]);
            }
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
