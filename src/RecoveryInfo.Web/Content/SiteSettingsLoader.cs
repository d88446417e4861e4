using RecoveryInfo.Web.Content.Checks;
using RecoveryInfo.Web.Content.Files;
using RecoveryInfo.Web.Content.Markdown;

namespace RecoveryInfo.Web.Content;

/// <summary>
/// Reads <c>site.yml</c>. Its settings carry the urgent-help numbers every page shows, so a save that
/// loses them keeps the last good settings instead.
/// </summary>
public sealed class SiteSettingsLoader(SettingsFileParser parser)
{
    public SiteSettings Load(string contentFolder, ContentSnapshot? previous, List<ContentDiagnostic> diagnostics, ContentVersion version)
    {
        var path = Path.Combine(contentFolder, ContentPaths.SiteSettingsFile);
        var display = ContentPaths.ForDisplay(contentFolder, path);
        if (!File.Exists(path))
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error, previous is null
                ? $"{ContentPaths.SiteSettingsFile} is missing; the site name and the urgent-help numbers come from it, so defaults are used"
                : $"{ContentPaths.SiteSettingsFile} is missing; the site name and the urgent-help numbers come from it, so the last good settings are kept"));
            return previous?.Site ?? new SiteSettings();
        }

        var text = ContentFileReader.ReadText(path, display, diagnostics);
        version.Add(display, text);

        var problems = new List<ContentDiagnostic>();
        SiteSettings? settings = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (text is not null)
            {
                ArticleParser.ReportEmpty(display, problems);
            }
        }
        else
        {
            settings = parser.Parse<SiteSettings>(text, display, diagnostics);
            if (settings is not null && settings.UrgentHelp.Emergency.Count == 0)
            {
                problems.Add(new(display, 1, 1, DiagnosticSeverity.Error,
                    "urgent_help has no emergency numbers; every page must show at least one (emergency: - region: … number: …)"));
            }

            if (settings is not null && !QuickExitRules.Check(settings.QuickExit, text!, display, problems))
            {
                // A first load has no last good settings: the link on every page must still be safe to follow.
                settings.QuickExit = new QuickExitSettings { Enabled = settings.QuickExit.Enabled, HelpPage = settings.QuickExit.HelpPage };
            }

            if (settings is not null && settings.Readability.MaxGrade is < ReadabilitySettings.LowestGrade or > ReadabilitySettings.HighestGrade or double.NaN)
            {
                problems.Add(new(display, FrontMatterLines.Of(text, 1, "readability", 1), 1, DiagnosticSeverity.Error,
                    $"readability: max_grade is {settings.Readability.MaxGrade}; give a Flesch–Kincaid grade from {ReadabilitySettings.LowestGrade} to {ReadabilitySettings.HighestGrade} (9 is the site's default)"));
            }
        }

        diagnostics.AddRange(problems);
        if (settings is not null && (problems.Count == 0 || previous is null))
        {
            return settings;
        }

        if (previous is null)
        {
            return new SiteSettings();
        }

        diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning,
            "the last good site settings are still being used until the errors in this file are fixed"));
        return previous.Site;
    }
}
