using RecoveryInfo.Web.Content.Glossary;
using RecoveryInfo.Web.Content.Readability;

namespace RecoveryInfo.Web.Content.Checks;

/// <summary>
/// Checks <c>glossary.yml</c> against the pages: a definition must read within the site's grade and
/// its link must reach a page (and section) that exists; a term no page uses is a warning, as is a
/// page turning off a term the glossary does not have.
/// </summary>
public static class GlossaryChecks
{
    /// <summary>A definition is one or two sentences; a longer one belongs in an article.</summary>
    public const int MaxSentences = 2;

    public static void Run(GlossaryTerms glossary, IReadOnlyList<Topic> topics, ReadabilitySettings settings, string contentFolder, List<ContentDiagnostic> diagnostics)
    {
        var display = ContentPaths.ForDisplay(contentFolder, Path.Combine(contentFolder, ContentPaths.GlossaryFile));
        var articles = topics.SelectMany(topic => topic.Articles).ToList();
        var byUrl = articles.GroupBy(article => article.Url, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var used = articles.SelectMany(article => article.GlossaryTerms).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in glossary.Entries.OrderBy(entry => entry.Line))
        {
            var score = ProseTally.Measure(entry.Definition);
            if (score.Grade > settings.MaxGrade)
            {
                diagnostics.Add(new(display, entry.DefinitionLine, 1, DiagnosticSeverity.Error,
                    $"the definition of '{entry.Term}' reads at grade {ReadabilityChecks.Format(score.Grade)} (Flesch–Kincaid), above the site's {ReadabilityChecks.Format(settings.MaxGrade)}; use shorter sentences and plainer words"));
            }

            if (score.Sentences > MaxSentences)
            {
                diagnostics.Add(new(display, entry.DefinitionLine, 1, DiagnosticSeverity.Warning,
                    $"the definition of '{entry.Term}' has {score.Sentences} sentences; keep it to {MaxSentences} and link to an article for more"));
            }

            if (entry.Link is { } link && Problem(link, byUrl) is { } problem)
            {
                diagnostics.Add(new(display, entry.LinkLine, 1, DiagnosticSeverity.Error, $"the link of '{entry.Term}' {problem}"));
            }

            if (!used.Contains(entry.Id))
            {
                diagnostics.Add(new(display, entry.Line, 1, DiagnosticSeverity.Warning,
                    $"no page uses '{entry.Term}' (or its other forms), so it is explained only on /glossary; remove it, or check its spelling and forms"));
            }
        }

        foreach (var article in articles)
        {
            foreach (var name in article.GlossaryOff.Where(name => glossary.FindByName(name) is null))
            {
                diagnostics.Add(new(article.SourcePath, article.GlossaryOffLine, 1, DiagnosticSeverity.Warning,
                    $"glossary_off lists '{name}', which is not in {ContentPaths.GlossaryFile}"));
            }
        }
    }

    private static string? Problem(string link, Dictionary<string, Article> byUrl)
    {
        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var url = hash < 0 ? link : link[..hash];
        var anchor = hash < 0 ? null : link[(hash + 1)..];
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return $"'{link}' must be a page of this site, such as /treatment/detox-and-withdrawal";
        }

        if (!byUrl.TryGetValue(url, out var article))
        {
            return $"'{link}' goes to a missing article: no page has the URL {url}"
                + (Suggestions.Closest(url, byUrl.Keys) is { } near ? $"; did you mean {near}?" : "");
        }

        return anchor is null || article.Headings.Any(heading => heading.Id == anchor) || article.AnchorAliases.ContainsKey(anchor)
            ? null
            : $"'{link}' goes to a missing section: {url} has no section with id '{anchor}'";
    }
}
