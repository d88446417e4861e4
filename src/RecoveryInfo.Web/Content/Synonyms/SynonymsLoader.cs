using System.Text.RegularExpressions;
using RecoveryInfo.Web.Content.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RecoveryInfo.Web.Content.Synonyms;

/// <summary>
/// Reads <c>content/synonyms.yml</c>: a list with one group of words per line (<c>- pee, urine, wee</c>).
/// Every problem is reported with its line; a group with a problem is left out until it is fixed,
/// and a file that cannot be read at all keeps the last good groups.
/// </summary>
public static partial class SynonymsLoader
{
    /// <summary>Each word of a group becomes part of every search for the others, so groups stay small.</summary>
    public const int MaxWordsPerGroup = 20;

    /// <summary>A synonym is a word or a short phrase ("special k", "young person"), not a sentence.</summary>
    public const int MaxWordsPerPhrase = 4;

    private const string Example = "- pee, urine, wee";

    public static IReadOnlyList<SynonymGroup> Load(string contentFolder, ContentSnapshot? previous, List<ContentDiagnostic> diagnostics, ContentVersion version)
    {
        var path = Path.Combine(contentFolder, ContentPaths.SynonymsFile);
        if (!File.Exists(path))
        {
            return [];
        }

        var display = ContentPaths.ForDisplay(contentFolder, path);
        var text = ContentFileReader.ReadText(path, display, diagnostics);
        version.Add(display, text);
        var groups = text is null ? null : Parse(text, display, diagnostics);
        if (groups is not null)
        {
            return groups;
        }

        if (previous is not null && previous.Synonyms.Count > 0)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning,
                "the last good synonyms are still being used until the errors in this file are fixed"));
        }

        return previous?.Synonyms ?? [];
    }

    /// <summary>The groups without problems, or null when the file cannot be read as a list at all.</summary>
    public static List<SynonymGroup>? Parse(string text, string display, List<ContentDiagnostic> diagnostics)
    {
        var items = YamlListFile.Read(text, display, diagnostics, $"; write one group per line, such as: {Example}",
            $"{ContentPaths.SynonymsFile} must be a list with one group of words per line, each line starting with '- ', such as: {Example}");
        if (items is null)
        {
            return null;
        }

        var groups = new List<SynonymGroup>();
        var groupLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (ReadGroup(item, display, groupLineOf, diagnostics) is { } group)
            {
                groups.Add(group);
            }
        }

        return groups;
    }

    private static SynonymGroup? ReadGroup(YamlNode item, string display, Dictionary<string, int> groupLineOf, List<ContentDiagnostic> diagnostics)
    {
        var line = (int)item.Start.Line;
        var problems = diagnostics.Count;
        void Report(DiagnosticSeverity severity, string message) => diagnostics.Add(new(display, line, (int)item.Start.Column, severity, message));

        List<string>? entries = item switch
        {
            YamlScalarNode scalar => [.. (scalar.Value ?? "").Split(',')],
            YamlSequenceNode sequence when sequence.Children.All(child => child is YamlScalarNode) =>
                [.. sequence.Children.SelectMany(child => (((YamlScalarNode)child).Value ?? "").Split(','))],
            YamlMappingNode => null,
            _ => null,
        };
        if (entries is null)
        {
            Report(DiagnosticSeverity.Error, item is YamlMappingNode
                ? $"a colon (:) turns this line into a key and a value; write the words separated by commas, such as: {Example}"
                : $"a group is one line of words separated by commas, such as: {Example}");
            return null;
        }

        if (item.End.Line > item.Start.Line && item is YamlScalarNode { Style: ScalarStyle.Plain })
        {
            // An indented next line continues this one in YAML, which is rarely what an editor meant.
            Report(DiagnosticSeverity.Error, "this group goes on over the next line; keep each group on one line, starting with '- '");
            return null;
        }

        var words = new List<string>();
        foreach (var entry in entries)
        {
            var word = Spaces().Replace(entry.Trim().ToLowerInvariant(), " ");
            if (word.Length == 0)
            {
                Report(DiagnosticSeverity.Error, "there is an empty word here (two commas in a row, or a comma at the end); remove the extra comma");
            }
            else if (!word.Any(char.IsLetterOrDigit))
            {
                Report(DiagnosticSeverity.Error, $"'{word}' has no letters or digits, so search cannot use it");
            }
            else if (word.Split(' ').Length > MaxWordsPerPhrase)
            {
                Report(DiagnosticSeverity.Error, $"'{word}' is {word.Split(' ').Length} words long; a synonym is a word or a phrase of up to {MaxWordsPerPhrase} words");
            }
            else if (words.Contains(word))
            {
                Report(DiagnosticSeverity.Warning, $"'{word}' is listed twice on this line");
            }
            else if (groupLineOf.TryGetValue(word, out var other))
            {
                Report(DiagnosticSeverity.Error, $"'{word}' is already in the group on line {other}; a word can be in one group only, so merge the two lines");
            }
            else
            {
                words.Add(word);
            }
        }

        if (words.Count < 2)
        {
            Report(DiagnosticSeverity.Error, $"a group needs at least two words or phrases that mean the same, separated by commas, such as: {Example}");
        }
        else if (words.Count > MaxWordsPerGroup)
        {
            Report(DiagnosticSeverity.Error, $"this group has {words.Count} words, more than {MaxWordsPerGroup}; keep the words readers really use");
        }

        foreach (var word in words)
        {
            groupLineOf.TryAdd(word, line);
        }

        var hasErrors = diagnostics.Skip(problems).Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        return hasErrors ? null : new SynonymGroup(words, line);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
