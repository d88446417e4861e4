namespace RecoveryInfo.Web.Content.Reviews;

/// <summary>
/// The pages due for review: overdue, or due within a window, most urgent first. One list feeds the
/// <c>review</c> command, the Development banner and <c>/_content</c>.
/// </summary>
public static class ReviewList
{
    /// <summary>The window the Development pages use, and the command's default.</summary>
    public const int DefaultWindowDays = 30;

    /// <summary>Pages readers see or will see (scheduled ones included): drafts and expired pages wait for no review.</summary>
    public static IEnumerable<Article> Reviewable(ContentSnapshot snapshot) =>
        snapshot.Articles.Where(article => snapshot.StatusOf(article) is PageStatus.Published or PageStatus.Scheduled);

    /// <summary>Reviewable pages due on or before <paramref name="withinDays"/> days from the snapshot's day, overdue first.</summary>
    public static IReadOnlyList<ReviewDue> Due(ContentSnapshot snapshot, int withinDays) =>
        Due(Reviewable(snapshot), snapshot.Today, withinDays);

    public static IReadOnlyList<ReviewDue> Overdue(ContentSnapshot snapshot) => Due(snapshot, withinDays: -1);

    public static IReadOnlyList<ReviewDue> Due(IEnumerable<Article> articles, DateOnly today, int withinDays) =>
        [.. articles
            .Where(article => article.NextReview is { } due && due.DayNumber - today.DayNumber <= withinDays)
            .Select(article => new ReviewDue(article, article.NextReview!.Value, article.NextReview.Value.DayNumber - today.DayNumber))
            .OrderBy(due => due.DaysLeft)
            .ThenBy(due => due.Article.SourcePath, StringComparer.Ordinal)];
}
