namespace RecoveryInfo.Web.Content.Readability;

/// <summary>
/// How hard one h2 section reads, and where it starts. The introduction (before the first h2) is a
/// section with an empty <see cref="HeadingId"/>, placed at its first line.
/// </summary>
public sealed record SectionReadability(
    string HeadingId, string HeadingText, int Line, int Column, ReadabilityScore Score, string LongestSentence, int LongestSentenceWords,
    IReadOnlyList<string> LongestWords)
{
    public bool IsIntroduction => HeadingId.Length == 0;

    /// <summary>How the section is named in reports: its heading, or "introduction".</summary>
    public string Name => IsIntroduction ? "introduction" : HeadingText;
}
