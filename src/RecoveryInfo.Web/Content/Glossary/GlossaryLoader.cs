using RecoveryInfo.Web.Content.Checks;
using RecoveryInfo.Web.Content.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RecoveryInfo.Web.Content.Glossary;

/// <summary>
/// Reads <c>content/glossary.yml</c>: a list of entries with <c>term</c>, <c>forms</c>,
/// <c>definition</c> and <c>link</c>. Each problem is reported with its line and the entry is left
/// out until it is fixed; a file that cannot be read at all keeps the last good glossary.
/// </summary>
public static class GlossaryLoader
{
    private static readonly string[] _keys = ["term", "forms", "definition", "link"];
    private const string Example = "- term: detox\n  forms: [detoxification]\n  definition: …\n  link: /treatment/detox-and-withdrawal";

    public static GlossaryTerms Load(string contentFolder, ContentSnapshot? previous, List<ContentDiagnostic> diagnostics, ContentVersion version)
    {
        var path = Path.Combine(contentFolder, ContentPaths.GlossaryFile);
        if (!File.Exists(path))
        {
            return GlossaryTerms.Empty;
        }

        var display = ContentPaths.ForDisplay(contentFolder, path);
        var text = ContentFileReader.ReadText(path, display, diagnostics);
        version.Add(display, text);
        var entries = text is null ? null : Parse(text, display, diagnostics);
        if (entries is null)
        {
            if (previous is not null && previous.Glossary.Entries.Count > 0)
            {
                diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning,
                    "the last good glossary is still being used until the errors in this file are fixed"));
            }

            return previous?.Glossary ?? GlossaryTerms.Empty;
        }

        // The same text keeps the same instance, so articles rendered with it stay valid.
        return previous?.Glossary is { } kept && kept.Text == text && kept.Entries.Count == entries.Count
            ? kept
            : new GlossaryTerms(text!, entries);
    }

    /// <summary>The entries without problems, or null when the file is no list at all.</summary>
    public static List<GlossaryEntry>? Parse(string text, string display, List<ContentDiagnostic> diagnostics)
    {
        var items = YamlListFile.Read(text, display, diagnostics, "",
            $"{ContentPaths.GlossaryFile} must be a list of entries, each starting with '- term:', such as:\n{Example}");
        if (items is null)
        {
            return null;
        }

        var entries = new List<GlossaryEntry>();
        var lineOfForm = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (ReadEntry(item, display, lineOfForm, lineOfId, diagnostics) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private static GlossaryEntry? ReadEntry(
        YamlNode item, string display, Dictionary<string, int> lineOfForm, Dictionary<string, int> lineOfId, List<ContentDiagnostic> diagnostics)
    {
        var line = (int)item.Start.Line;
        var errors = diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        void Error(int at, string message) => diagnostics.Add(new(display, at, 1, DiagnosticSeverity.Error, message));

        if (item is not YamlMappingNode mapping)
        {
            Error(line, $"each glossary entry is a group of keys starting with '- term:', such as:\n{Example}");
            return null;
        }

        string? term = null, definition = null, link = null;
        var definitionLine = line;
        var linkLine = line;
        var forms = new List<string>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var keyLine = (int)keyNode.Start.Line;
            switch (key)
            {
                case "term":
                    term = Scalar(value)?.Trim();
                    break;
                case "definition":
                    definition = Scalar(value)?.Trim();
                    definitionLine = keyLine;
                    break;
                case "link":
                    link = Scalar(value)?.Trim();
                    linkLine = keyLine;
                    break;
                case "forms":
                    forms.AddRange(value switch
                    {
                        YamlSequenceNode sequence => sequence.Children.Select(child => Scalar(child) ?? ""),
                        _ => (Scalar(value) ?? "").Split(','),
                    });
                    break;
                default:
                    Error(keyLine, $"unknown key '{key}' in a glossary entry" + (Suggestions.Closest(key, _keys) is { } near ? $"; did you mean '{near}'?" : $"; use {string.Join(", ", _keys)}"));
                    break;
            }
        }

        var id = Slugs.FromName(term ?? "");
        if (string.IsNullOrWhiteSpace(term) || id.Length == 0)
        {
            Error(line, "this glossary entry has no term; start it with '- term: WORD'");
        }

        if (string.IsNullOrWhiteSpace(definition))
        {
            Error(line, $"'{term}' has no definition; explain it in one or two plain sentences under 'definition:'");
        }

        var spellings = forms.Select(form => form.Trim()).Where(form => form.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (term is { Length: > 0 } && id.Length > 0)
        {
            if (lineOfId.TryGetValue(id, out var first))
            {
                Error(line, $"duplicate term '{term}': the entry on line {first} has the same permalink (/glossary#{id}); merge the two entries");
            }
            else
            {
                foreach (var form in spellings.Prepend(term))
                {
                    if (lineOfForm.TryGetValue(form, out var other))
                    {
                        Error(line, $"duplicate term '{form}': it is already a term or form of the entry on line {other}; a word can belong to one entry only");
                    }
                }
            }
        }

        if (diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error) > errors)
        {
            return null;
        }

        lineOfId[id] = line;
        foreach (var form in spellings.Prepend(term!))
        {
            lineOfForm.TryAdd(form, line);
        }

        return new GlossaryEntry(term!, id, [.. spellings.Where(form => !form.Equals(term, StringComparison.OrdinalIgnoreCase))], definition!,
            string.IsNullOrWhiteSpace(link) ? null : link, line, definitionLine, linkLine);
    }

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;
}
