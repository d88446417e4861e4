namespace RecoveryInfo.Web.Content;

/// <summary>The reading level editors aim for, from <c>readability:</c> in <c>site.yml</c>.</summary>
public sealed class ReadabilitySettings
{
    /// <summary>The lowest and highest thresholds accepted: below 4 nothing real passes, above 16 everything does.</summary>
    public const double LowestGrade = 4, HighestGrade = 16;

    /// <summary>A section (or glossary definition) above this Flesch–Kincaid grade is a warning.</summary>
    public double MaxGrade { get; set; } = 9;
}
