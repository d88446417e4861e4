namespace RecoveryInfo.Web.Content;

/// <summary>
/// The plain text of one h2 section of an article, for search. The text before the first h2 is a
/// section too, with no heading (<see cref="HeadingId"/> and <see cref="HeadingText"/> are empty).
/// </summary>
public sealed record ArticleSection(string HeadingId, string HeadingText, string PlainText)
{
    /// <summary>The headings and lists of the section's urgent and emergency care cards: a search that matches them leads with this page.</summary>
    public string CareCardText { get; init; } = "";

    public bool IsIntroduction => HeadingId.Length == 0;
}
