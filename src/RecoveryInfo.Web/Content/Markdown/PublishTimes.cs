using System.Globalization;
using System.Text.RegularExpressions;

namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>
/// Reads <c>publish_on</c> and <c>expire_on</c>: a date and a time with its offset from UTC, such as
/// <c>2026-12-03T09:00+00:00</c>. The offset is required: "9 o'clock" means a different moment in
/// London in winter and in summer, and every replica must agree on the moment.
/// </summary>
public static partial class PublishTimes
{
    public const string Example = "2026-12-03T09:00+00:00";

    /// <summary>The time, or null after reporting why the text is not one (a problem stops the page updating).</summary>
    public static DateTimeOffset? Read(string text, string key, int line, string display, List<ContentDiagnostic> diagnostics)
    {
        void Report(string message) => diagnostics.Add(new(display, line, 1, DiagnosticSeverity.Error, message));

        var trimmed = text.Trim();
        if (!Shape().IsMatch(trimmed))
        {
            Report(DateOnly().IsMatch(trimmed) ? $"'{key}' needs a time and its offset from UTC after the date, like {trimmed}T09:00+00:00"
                : WithoutOffset().IsMatch(trimmed) ? $"'{key}' needs the offset from UTC after the time: {trimmed}+00:00 in UK winter time (GMT), {trimmed}+01:00 in summer (BST)"
                : $"'{key}' must be a date and a time with its offset from UTC, like {Example}, not '{trimmed}'");
            return null;
        }

        if (!DateTimeOffset.TryParse(trimmed.Replace(' ', 'T'), CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            Report($"'{key}' {trimmed} is not a real date and time");
            return null;
        }

        return time;
    }

    /// <summary>How the site writes a time for editors: the moment as they wrote it, offset included.</summary>
    public static string Describe(DateTimeOffset time) =>
        time.ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture) + " (UTC" + time.ToString("zzz", CultureInfo.InvariantCulture) + ")";

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex WithoutOffset();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DateOnly();
}
