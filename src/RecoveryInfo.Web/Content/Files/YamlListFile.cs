using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RecoveryInfo.Web.Content.Files;

/// <summary>
/// Reads a content file that is a YAML list (glossary.yml, synonyms.yml): guarded like every YAML
/// file, with a file:line error when it is not YAML or not a list.
/// </summary>
public static class YamlListFile
{
    /// <summary>The list's items; empty for an empty file; null (with an error added) when it cannot be read as a list.</summary>
    /// <param name="yamlHint">Added to an invalid-YAML error, such as "; write one group per line".</param>
    /// <param name="notAList">The error when the file holds something other than a list.</param>
    public static IReadOnlyList<YamlNode>? Read(string text, string display, List<ContentDiagnostic> diagnostics, string yamlHint, string notAList)
    {
        if (ContentGuard.CheckYaml(text, 1, display) is { } refused)
        {
            diagnostics.Add(refused);
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            var cause = exception.InnerException?.Message ?? exception.Message;
            diagnostics.Add(new(display, Math.Max(1, (int)exception.Start.Line), Math.Max(1, (int)exception.Start.Column), DiagnosticSeverity.Error,
                $"invalid YAML: {cause.TrimEnd('.')}{yamlHint}"));
            return null;
        }

        var root = stream.Documents.FirstOrDefault()?.RootNode;
        if (root is null || root is YamlScalarNode { Value: null or "" or "~" })
        {
            return [];
        }

        if (root is not YamlSequenceNode list)
        {
            diagnostics.Add(new(display, (int)root.Start.Line, (int)root.Start.Column, DiagnosticSeverity.Error, notAList));
            return null;
        }

        return [.. list.Children];
    }
}
