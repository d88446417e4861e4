namespace RecoveryInfo.Web.Content.Publishing;

/// <summary>
/// Which pages <c>publish_on</c> and <c>expire_on</c> keep from readers at the moment a snapshot is
/// built, and when that next changes. It depends only on the content and that moment, so replicas
/// started at different times agree once their clocks pass the same boundary.
/// </summary>
public sealed class PublishingSchedule
{
    private PublishingSchedule(DateTimeOffset asOf, IReadOnlyList<Article> scheduled, IReadOnlyList<Article> expired, IReadOnlySet<string> gone, DateTimeOffset? nextChange)
    {
        AsOf = asOf;
        Scheduled = scheduled;
        Expired = expired;
        Gone = gone;
        NextChange = nextChange;
    }

    /// <summary>The moment the schedule was worked out for.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>Pages whose <c>publish_on</c> has not come yet, soonest first (drafts are drafts, whatever their times).</summary>
    public IReadOnlyList<Article> Scheduled { get; }

    /// <summary>Pages whose <c>expire_on</c> has passed.</summary>
    public IReadOnlyList<Article> Expired { get; }

    /// <summary>URLs that answer 410 Gone: expired pages and their aliases, where the site leaves them out (Production).</summary>
    public IReadOnlySet<string> Gone { get; }

    /// <summary>The next <c>publish_on</c> or <c>expire_on</c> after <see cref="AsOf"/>, when the site must look again; null when none is coming.</summary>
    public DateTimeOffset? NextChange { get; }

    /// <param name="topics">Every topic, unpublished pages included.</param>
    /// <param name="redirects">Old URLs from <c>aliases</c> and where they lead.</param>
    /// <param name="asOf">The moment to work the schedule out for.</param>
    /// <param name="servesUnpublished">True where unpublished pages are shown, marked (Development): nothing is gone there.</param>
    public static PublishingSchedule Evaluate(IEnumerable<Topic> topics, IReadOnlyDictionary<string, string> redirects, DateTimeOffset asOf, bool servesUnpublished)
    {
        var articles = topics.SelectMany(topic => topic.Articles).Where(article => !article.Draft).ToList();
        var scheduled = articles.Where(article => article.StatusAt(asOf) == PageStatus.Scheduled)
            .OrderBy(article => article.PublishOn).ThenBy(article => article.SourcePath, StringComparer.Ordinal).ToList();
        var expired = articles.Where(article => article.StatusAt(asOf) == PageStatus.Expired)
            .OrderBy(article => article.SourcePath, StringComparer.Ordinal).ToList();

        var gone = new HashSet<string>(StringComparer.Ordinal);
        if (!servesUnpublished && expired.Count > 0)
        {
            gone.UnionWith(expired.Select(article => article.Url));
            gone.UnionWith(redirects.Where(redirect => gone.Contains(redirect.Value)).Select(redirect => redirect.Key).ToList());
        }

        var next = articles.SelectMany(article => new[] { article.PublishOn, article.ExpireOn })
            .Where(time => time > asOf)
            .Min();
        return new PublishingSchedule(asOf, scheduled, expired, gone, next);
    }

    /// <summary>
    /// Adds which pages are held back to the content version, so the version (and every ETag) changes
    /// when a page is published or expires, and is the same on every replica past the same boundary.
    /// </summary>
    public void AddTo(ContentVersion version)
    {
        foreach (var article in Scheduled)
        {
            version.Add(article.SourcePath, "scheduled");
        }

        foreach (var article in Expired)
        {
            version.Add(article.SourcePath, "expired");
        }
    }
}
