using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Readability;

namespace RecoveryInfo.Tests.Readability;

/// <summary>The real content keeps its promise of plain English, and explains its medical words.</summary>
public sealed class RealContentReadabilityTests
{
    private static readonly Lazy<ContentSnapshot> _real = new(() => SnapshotBuilder.Create().Load(Fixtures.RealContentPath, includeDrafts: false));

    [Fact]
    public void No_section_reads_above_the_site_grade_unless_the_editors_accepted_it()
    {
        var snapshot = _real.Value;
        var maxGrade = snapshot.Site.Readability.MaxGrade;

        var hard = snapshot.Articles.SelectMany(article => article.Readability.Graded
                .Where(section => section.Score.Grade > maxGrade && !article.ReadabilityAccepted.Contains(section.IsIntroduction ? "introduction" : section.HeadingId))
                .Select(section => $"{article.SourcePath}:{section.Line} {section.Name} ({section.Score.Grade:0.0})"))
            .ToList();

        Assert.Equal(9, maxGrade);
        Assert.True(hard.Count == 0, string.Join("\n", hard));
    }

    [Fact]
    public void Every_article_reads_at_grade_8_or_below_as_a_whole()
    {
        var pages = _real.Value.Articles.Where(article => article.Readability.Whole.Grade > 8)
            .Select(article => $"{article.SourcePath}: {article.Readability.Whole.Grade:0.0}").ToList();

        Assert.True(pages.Count == 0, string.Join("\n", pages));
    }

    [Fact]
    public void At_least_twenty_glossary_terms_are_explained_on_the_pages_and_every_definition_is_plain()
    {
        var snapshot = _real.Value;

        var used = snapshot.Articles.SelectMany(article => article.GlossaryTerms).Distinct().Count();
        var hard = snapshot.Glossary.Entries.Where(entry => ProseTally.Measure(entry.Definition).Grade > 8).Select(entry => entry.Term).ToList();

        Assert.True(used >= 20, $"{used} glossary terms used");
        Assert.Empty(hard);
        Assert.Superset(
            new HashSet<string> { "cystitis", "urologist", "dissociative", "contingency-management", "detox", "withdrawal", "cbt", "dual-diagnosis", "tolerance", "k-cramps", "uropathy" },
            snapshot.Articles.SelectMany(article => article.GlossaryTerms).ToHashSet());
    }
}
