using System.Collections.Concurrent;

namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>
/// Reads a settings file (site or topic), or reuses what the same text gave last time: the site's
/// settings are read on every rebuild, and YAML is the dearest part of reading them.
/// </summary>
public sealed class SettingsFileParser(FrontMatterReader frontMatter)
{
    private readonly ConcurrentDictionary<string, (string Text, object? Settings, List<ContentDiagnostic> Found)> _settings = new(StringComparer.Ordinal);

    public T? Parse<T>(string text, string display, List<ContentDiagnostic> diagnostics)
        where T : class, new()
    {
        if (_settings.TryGetValue(display, out var known) && known.Text == text)
        {
            diagnostics.AddRange(known.Found);
            return (T?)known.Settings;
        }

        var found = new List<ContentDiagnostic>();
        var settings = frontMatter.Read<T>(text, 1, display, found);
        _settings[display] = (text, settings, found);
        diagnostics.AddRange(found);
        return settings;
    }
}
