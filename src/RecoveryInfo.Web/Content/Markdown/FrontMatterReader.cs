using System.Globalization;
using RecoveryInfo.Web.Content.Checks;
using RecoveryInfo.Web.Content.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.Converters;
using YamlDotNet.Serialization.NamingConventions;

namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>
/// Reads YAML (front matter or a settings file) into typed records with YamlDotNet, turning every
/// problem into a diagnostic that points at the file's own line and column.
/// </summary>
public sealed class FrontMatterReader
{
    private readonly IDeserializer _deserializer = NewDeserializerBuilder().IgnoreUnmatchedProperties().Build();

    /// <summary>
    /// Refuses any key its record does not have. Almost every file has none, so one strict pass
    /// reads it; only a file this refuses is read again, leniently, to report each problem exactly.
    /// </summary>
    private readonly IDeserializer _strictDeserializer = NewDeserializerBuilder().Build();

    private static DeserializerBuilder NewDeserializerBuilder() => new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .WithTypeConverter(new DateOnlyConverter(CultureInfo.InvariantCulture, false, "yyyy-MM-dd"));

    /// <param name="yaml">The YAML text.</param>
    /// <param name="firstLine">The 1-based file line the YAML text starts on.</param>
    /// <param name="displayPath">The file, for diagnostics.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <returns>The record, or null when the YAML cannot be read into it.</returns>
    public T? Read<T>(string yaml, int firstLine, string displayPath, List<ContentDiagnostic> diagnostics)
        where T : class, new()
    {
        if (ContentGuard.CheckYaml(yaml, firstLine, displayPath) is { } refused)
        {
            diagnostics.Add(refused);
            return null;
        }

        try
        {
            return _strictDeserializer.Deserialize<T>(yaml) ?? new T();
        }
        catch (Exception exception) when (exception is YamlException or InvalidOperationException)
        {
            // Read again below, to say which key or value is wrong and where.
        }

        try
        {
            ReportUnknownKeys<T>(yaml, firstLine, displayPath, diagnostics);
            return _deserializer.Deserialize<T>(yaml) ?? new T();
        }
        catch (YamlException exception)
        {
            var cause = exception.InnerException is { } inner ? inner.Message : exception.Message;
            var message = exception is SyntaxErrorException ? null : DescribeWrongValue(yaml, exception.Start, typeof(T));
            diagnostics.Add(new(displayPath, firstLine - 1 + (int)exception.Start.Line, (int)exception.Start.Column,
                DiagnosticSeverity.Error, message ?? $"invalid YAML: {Plain(cause)}{Hint(cause)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException for some unclosed brackets ("title: [x").
            diagnostics.Add(new(displayPath, firstLine, 1, DiagnosticSeverity.Error,
                "invalid YAML: it could not be read; look for an unclosed [, { or quote"));
            return null;
        }
    }

    /// <summary>
    /// YamlDotNet explains a value of the wrong type in .NET terms ("Invalid cast from System.String…").
    /// Find the key whose value is at the error and say what that key needs, in editors' terms.
    /// </summary>
    private static string? DescribeWrongValue(string yaml, Mark at, Type type)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return null;
        }

        return stream.Documents.Count == 0 ? null : DescribeWrongValue(stream.Documents[0].RootNode, at, type);
    }

    private static string? DescribeWrongValue(YamlNode node, Mark at, Type type)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { } name } && Contains(value, at) && PropertyType(type, name) is { } propertyType)
                    {
                        return DescribeWrongValue(value, at, propertyType) ?? $"'{name}' must be {Expected(propertyType)}, not {Found(value)}";
                    }
                }

                return null;
            case YamlSequenceNode sequence when ElementType(type) is { } elementType:
                return sequence.Children.Where(item => Contains(item, at)).Select(item => DescribeWrongValue(item, at, elementType)).FirstOrDefault();
            default:
                return null;
        }
    }

    private static bool Contains(YamlNode node, Mark at) => node.Start.Index <= at.Index && at.Index <= End(node);

    /// <summary>Where a node ends. A block list or group can be marked as ending where it starts, so its last item decides.</summary>
    private static long End(YamlNode node) => node switch
    {
        YamlSequenceNode { Children.Count: > 0 } sequence => Math.Max(sequence.End.Index, End(sequence.Children[^1])),
        YamlMappingNode { Children.Count: > 0 } mapping => Math.Max(mapping.End.Index, End(mapping.Children.Last().Value)),
        _ => node.End.Index,
    };

    private static Type? PropertyType(Type type, string key) =>
        type.GetProperties().FirstOrDefault(property => UnderscoredNamingConvention.Instance.Apply(property.Name) == key)?.PropertyType;

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;

    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "text";
        }

        if (type == typeof(int))
        {
            return "a whole number";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(DateOnly))
        {
            return "a real date written as YYYY-MM-DD";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return "a set of 'name: value' lines";
        }

        if (ElementType(type) is { } element)
        {
            return element == typeof(string) ? "a list of '- text' lines" : $"a list of items, each with {Keys(element)}";
        }

        return $"a group of settings ({Keys(type)})";
    }

    private static string Keys(Type type) =>
        string.Join(" and ", type.GetProperties().Select(property => UnderscoredNamingConvention.Instance.Apply(property.Name) + ":"));

    private static string Found(YamlNode node) => node switch
    {
        YamlScalarNode scalar => $"'{Plain(scalar.Value ?? "")}'",
        YamlSequenceNode => "a list",
        _ => "a group of 'name: value' lines",
    };

    private static void ReportUnknownKeys<T>(string yaml, int firstLine, string displayPath, List<ContentDiagnostic> diagnostics)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return;
        }

        var known = KnownKeys<T>.Names;
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

    private static string Hint(string cause) =>
        cause.Contains("quoted scalar", StringComparison.Ordinal) ? " (is a quote left open?)"
        : cause.Contains("mapping", StringComparison.Ordinal) ? " (text that contains ': ' must be in quotes)"
        : "";

    private static string Plain(string message) => message.Replace("\r", " ").Replace("\n", " ");

    /// <summary>The keys a record accepts, worked out once per record type rather than once per file.</summary>
    private static class KnownKeys<T>
    {
        public static readonly IReadOnlyList<string> Names = [.. typeof(T).GetProperties()
            .Select(property => UnderscoredNamingConvention.Instance.Apply(property.Name))];
    }
}
