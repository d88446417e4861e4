namespace RecoveryInfo.Web.Content.Readability;

/// <summary>The reading level of an article's prose, section by section, worked out once per version of its text.</summary>
public sealed record ArticleReadability(IReadOnlyList<SectionReadability> Sections)
{
    public static readonly ArticleReadability Empty = new([]);

    /// <summary>A grade from a handful of words says little (two words can score 20), so shorter sections are not graded.</summary>
    public const int MinimumWords = 20;

    public ReadabilityScore Whole => Sections.Aggregate(default(ReadabilityScore), (sum, section) => sum + section.Score);

    /// <summary>The sections long enough to grade (<see cref="MinimumWords"/>).</summary>
    public IEnumerable<SectionReadability> Graded => Sections.Where(section => section.Score.Words >= MinimumWords);

    /// <summary>The graded section with the highest grade.</summary>
    public SectionReadability? Hardest => Graded.MaxBy(section => section.Score.Grade);
}
