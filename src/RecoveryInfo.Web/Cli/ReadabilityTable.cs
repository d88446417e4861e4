using System.Globalization;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Checks;

namespace RecoveryInfo.Web.Cli;

/// <summary>
/// The table <c>check --readability</c> prints: one row per article (grade, SMOG, words, sentences,
/// hardest section), the site's median grade, and the hardest sections of the whole site.
/// </summary>
public static class ReadabilityTable
{
    public const int HardestShown = 5;

    public static void Write(ContentSnapshot snapshot, TextWriter output)
    {
        var maxGrade = snapshot.Site.Readability.MaxGrade;
        var articles = snapshot.Articles.Where(article => article.Readability.Whole.Words > 0)
            .OrderBy(article => article.SourcePath, StringComparer.Ordinal).ToList();
        var pathWidth = Math.Max(4, articles.Select(article => article.SourcePath.Length).DefaultIfEmpty(0).Max());
        output.WriteLine($"{"file".PadRight(pathWidth)}  grade   SMOG  words  sentences  hardest section");
        foreach (var article in articles)
        {
            var whole = article.Readability.Whole;
            var hardest = article.Readability.Hardest;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{article.SourcePath.PadRight(pathWidth)}  {Grade(whole.Grade),5}  {Grade(whole.Smog),5}  {whole.Words,5}  {whole.Sentences,9}  {(hardest is null ? "" : $"{hardest.Name} ({Grade(hardest.Score.Grade)})")}"));
        }

        output.WriteLine();
        output.WriteLine($"site median grade: {(articles.Count == 0 ? "none" : Grade(Median([.. articles.Select(article => article.Readability.Whole.Grade)])))} "
            + $"over {articles.Count} articles (Flesch–Kincaid; sections above {Grade(maxGrade)} are warnings)");
        output.WriteLine($"hardest sections:");
        foreach (var (article, section) in articles
            .SelectMany(article => article.Readability.Graded.Select(section => (article, section)))
            .OrderByDescending(pair => pair.section.Score.Grade).Take(HardestShown))
        {
            output.WriteLine($"  {Grade(section.Score.Grade),5}  {article.SourcePath}:{section.Line}  {section.Name}");
        }
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Grade(double grade) => ReadabilityChecks.Format(grade);
}
