using RecoveryInfo.Web.Content.Markdown;

namespace RecoveryInfo.Web.Content.Checks;

/// <summary>
/// The quick exit's destination and label, from <c>site.yml</c>. Its link is on every page and is
/// followed in a hurry, so it must lead off this site over https, and say what it does.
/// </summary>
public static class QuickExitRules
{
    public const string Group = "quick_exit";

    /// <returns>True when the settings can be used as they are.</returns>
    public static bool Check(QuickExitSettings quickExit, string text, string display, List<ContentDiagnostic> diagnostics)
    {
        var valid = true;
        if (!QuickExitSettings.IsSafeUrl(quickExit.Url))
        {
            diagnostics.Add(new(display, FrontMatterLines.Of(text, 1, Group, "url", 1), 1, DiagnosticSeverity.Error,
                $"quick_exit url must be a full https:// address of another site, such as {QuickExitSettings.DefaultUrl}, not '{quickExit.Url}'"));
            valid = false;
        }

        var label = quickExit.Label;
        if (string.IsNullOrWhiteSpace(label) || label.Length > QuickExitSettings.MaxLabelLength || label.Contains('\n'))
        {
            diagnostics.Add(new(display, FrontMatterLines.Of(text, 1, Group, "label", 1), 1, DiagnosticSeverity.Error,
                $"quick_exit label must be short text on one line (at most {QuickExitSettings.MaxLabelLength} characters), such as '{QuickExitSettings.DefaultLabel}'"));
            valid = false;
        }

        return valid;
    }
}
