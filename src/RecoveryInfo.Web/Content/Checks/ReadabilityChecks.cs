using System.Globalization;
using RecoveryInfo.Web.Content.Readability;

namespace RecoveryInfo.Web.Content.Checks;

/// <summary>
/// Warns about each section that reads above the site's grade (<c>readability: max_grade</c> in
/// <c>site.yml</c>), at its heading, naming the longest sentence and words so editors know what to
/// change. Sections the editors list under <c>readability_accepted</c> are left alone.
/// </summary>
public static class ReadabilityChecks
{
    /// <summary>What the introduction (the text before the first h2) is called in <c>readability_accepted</c>.</summary>
    public const string Introduction = "introduction";

    private const int QuotedSentenceLength = 100;

    public static void Run(IEnumerable<Topic> topics, ReadabilitySettings settings, List<ContentDiagnostic> diagnostics)
    {
        foreach (var article in topics.SelectMany(topic => topic.Articles))
        {
            Check(article, settings.MaxGrade, diagnostics);
        }
    }

    private static void Check(Article article, double maxGrade, List<ContentDiagnostic> diagnostics)
    {
        var accepted = article.ReadabilityAccepted.ToHashSet(StringComparer.Ordinal);
        foreach (var section in article.Readability.Sections)
        {
            var key = section.IsIntroduction ? Introduction : section.HeadingId;
            var tooHard = section.Score.Words >= ArticleReadability.MinimumWords && section.Score.Grade > maxGrade;
            if (accepted.Remove(key))
            {
                if (!tooHard)
                {
                    diagnostics.Add(new(article.SourcePath, article.ReadabilityAcceptedLine, 1, DiagnosticSeverity.Warning,
                        $"readability_accepted lists '{key}', which now reads at grade {Format(section.Score.Grade)}, within the site's {Format(maxGrade)}; remove it from the list"));
                }

                continue;
            }

            if (tooHard)
            {
                diagnostics.Add(new(article.SourcePath, section.Line, section.Column, DiagnosticSeverity.Warning, Describe(section, maxGrade)));
            }
        }

        foreach (var unknown in accepted.Order(StringComparer.Ordinal))
        {
            diagnostics.Add(new(article.SourcePath, article.ReadabilityAcceptedLine, 1, DiagnosticSeverity.Warning,
                $"readability_accepted lists '{unknown}', which is no section of this page; use a section's id or '{Introduction}'"));
        }
    }

    public static string Describe(SectionReadability section, double maxGrade)
    {
        var sentence = section.LongestSentence.Length > QuotedSentenceLength
            ? section.LongestSentence[..QuotedSentenceLength].TrimEnd() + "…"
            : section.LongestSentence;
        var words = section.LongestWords.Count == 0 ? "" : $"; longest words: {string.Join(", ", section.LongestWords)}";
        return $"section '{section.Name}' reads at grade {Format(section.Score.Grade)} (Flesch–Kincaid; SMOG {Format(section.Score.Smog)}), above the site's {Format(maxGrade)}: "
            + $"{section.Score.Words} words in {section.Score.Sentences} sentences; longest sentence ({section.LongestSentenceWords} words): \"{sentence}\"{words}. "
            + $"Use shorter sentences and plainer words, or list '{(section.IsIntroduction ? Introduction : section.HeadingId)}' under readability_accepted";
    }

    public static string Format(double grade) => grade.ToString("0.0", CultureInfo.InvariantCulture);
}
