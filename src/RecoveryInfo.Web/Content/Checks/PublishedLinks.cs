namespace RecoveryInfo.Web.Content.Checks;

/// <summary>
/// Which links into the site work today, as a reader without JavaScript would follow them: published
/// pages (not drafts, nor pages before their <c>publish_on</c> or after their <c>expire_on</c>), old
/// page URLs that redirect, section ids and the old ids kept by <c>anchor_aliases</c>.
/// </summary>
public sealed class PublishedLinks
{
    private readonly Dictionary<string, Article> _articles;
    private readonly HashSet<string> _topics;
    private readonly Func<string, string?> _findRedirect;

    /// <param name="topics">The topics, unpublished pages included or not.</param>
    /// <param name="findRedirect">Where an old URL leads.</param>
    /// <param name="now">The moment that decides which pages are published.</param>
    public PublishedLinks(IEnumerable<Topic> topics, Func<string, string?> findRedirect, DateTimeOffset now)
    {
        var published = topics
            .Select(topic => (topic, articles: topic.Articles.Where(article => article.IsPublishedAt(now)).ToList()))
            .Where(pair => pair.articles.Count > 0)
            .ToList();
        _topics = published.Select(pair => pair.topic.Url).ToHashSet(StringComparer.Ordinal);
        _articles = published.SelectMany(pair => pair.articles).ToDictionary(article => article.Url, StringComparer.Ordinal);
        _findRedirect = findRedirect;
    }

    public IEnumerable<Article> Articles => _articles.Values;

    public bool IsTopic(string url) => _topics.Contains(url);

    /// <summary>The published article at a URL, following an <c>aliases</c> redirect if there is one.</summary>
    public Article? FindArticle(string url) =>
        _articles.GetValueOrDefault(url) ?? (_findRedirect(url) is { } target ? _articles.GetValueOrDefault(target) : null);

    public bool Works(RegisteredLink link)
    {
        if (link.Id is null)
        {
            return IsTopic(link.Url) || FindArticle(link.Url) is not null;
        }

        return FindArticle(link.Url) is { } article && Ids(article).Contains(link.Id);
    }

    /// <summary>Every id a link to the article can land on: heading ids, and old ids whose new section exists.</summary>
    public static IEnumerable<string> Ids(Article article)
    {
        if (article.AnchorAliases.Count == 0)
        {
            return HeadingIds(article.Headings);
        }

        var headingIds = article.Headings.Select(heading => heading.Id).ToHashSet(StringComparer.Ordinal);
        var oldIds = article.AnchorAliases
            .Where(alias => headingIds.Contains(alias.Value) && SectionIds.IsValid(alias.Key))
            .Select(alias => alias.Key);
        return headingIds.Concat(oldIds).Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// Each heading id once, in order. A page has a few dozen headings at most (the content guard
    /// bounds them), so looking back beats a hash set per article on every rebuild.
    /// </summary>
    public static IEnumerable<string> HeadingIds(IReadOnlyList<ArticleHeading> headings)
    {
        for (var index = 0; index < headings.Count; index++)
        {
            var id = headings[index].Id;
            var seen = false;
            for (var earlier = 0; earlier < index && !seen; earlier++)
            {
                seen = string.Equals(headings[earlier].Id, id, StringComparison.Ordinal);
            }

            if (!seen)
            {
                yield return id;
            }
        }
    }

    /// <summary>The links the site publishes today: topics, pages and their section ids (old ids included).</summary>
    public IEnumerable<RegisteredLink> Current()
    {
        foreach (var topic in _topics)
        {
            yield return new(topic);
        }

        foreach (var article in _articles.Values)
        {
            yield return new(article.Url);
            foreach (var id in Ids(article))
            {
                yield return new(article.Url, id);
            }
        }
    }
}
