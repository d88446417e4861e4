using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.Converters;
using YamlDotNet.Serialization.NamingConventions;

namespace RecoveryInfo.Web.Content;

/// <summary>
/// Reads YAML (front matter or a settings file) into typed records with YamlDotNet, turning every
/// problem into a diagnostic that points at the file's own line and column.
/// </summary>
public sealed class FrontMatterReader
{
    private readonly IDeserializer _deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .WithTypeConverter(new DateOnlyConverter(CultureInfo.InvariantCulture, false, "yyyy-MM-dd"))
        .IgnoreUnmatchedProperties()
        .Build();

    /// <param name="yaml">The YAML text.</param>
    /// <param name="firstLine">The 1-based file line the YAML text starts on.</param>
    /// <param name="displayPath">The file, for diagnostics.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <returns>The record, or null when the YAML cannot be read into it.</returns>
    public T? Read<T>(string yaml, int firstLine, string displayPath, List<ContentDiagnostic> diagnostics)
        where T : class, new()
    {
        try
        {
            ReportUnknownKeys<T>(yaml, firstLine, displayPath, diagnostics);
            return _deserializer.Deserialize<T>(yaml) ?? new T();
        }
        catch (YamlException exception)
        {
            var cause = exception.InnerException is { } inner ? inner.Message : exception.Message;
            diagnostics.Add(new(displayPath, firstLine - 1 + (int)exception.Start.Line, (int)exception.Start.Column,
                DiagnosticSeverity.Error, $"invalid YAML: {Plain(cause)}"));
            return null;
        }
    }

    private static void ReportUnknownKeys<T>(string yaml, int firstLine, string displayPath, List<ContentDiagnostic> diagnostics)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return;
        }

        var known = typeof(T).GetProperties()
            .Select(property => UnderscoredNamingConvention.Instance.Apply(property.Name))
            .ToList();
        foreach (var key in root.Children.Keys.OfType<YamlScalarNode>())
        {
            if (key.Value is { } name && !known.Contains(name, StringComparer.Ordinal))
            {
                var suggestion = Suggestions.Closest(name, known);
                diagnostics.Add(new(displayPath, firstLine - 1 + (int)key.Start.Line, (int)key.Start.Column,
                    DiagnosticSeverity.Error,
                    $"unknown key '{name}'" + (suggestion is null ? $"; known keys are {string.Join(", ", known)}" : $"; did you mean '{suggestion}'?")));
            }
        }
    }

    private static string Plain(string message) => message.Replace("\r", " ").Replace("\n", " ");
}
