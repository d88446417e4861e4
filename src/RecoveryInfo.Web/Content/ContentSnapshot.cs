using RecoveryInfo.Web.Content.Glossary;
using RecoveryInfo.Web.Content.Publishing;
using RecoveryInfo.Web.Content.Synonyms;

namespace RecoveryInfo.Web.Content;

/// <summary>
/// Everything the site serves, built in one go and never changed afterwards, so a request
/// always sees one consistent version of the content.
/// </summary>
public sealed class ContentSnapshot
{
    private readonly Dictionary<string, Topic> _topicsBySlug;
    private readonly Dictionary<string, Article> _articlesByUrl;
    private readonly Dictionary<string, Article> _articlesBySource = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _redirects;

    public ContentSnapshot(
        SiteSettings site,
        IReadOnlyList<Topic> topics,
        IReadOnlyDictionary<string, string> redirects,
        IReadOnlyList<ContentDiagnostic> diagnostics,
        long version,
        PublishingSchedule schedule)
    {
        Schedule = schedule;
        Site = site;
        Topics = topics;
        Diagnostics = diagnostics;
        Version = version;
        _topicsBySlug = topics.ToDictionary(topic => topic.Slug, StringComparer.Ordinal);
        _articlesByUrl = topics.SelectMany(topic => topic.Articles)
            .ToDictionary(article => article.Url, StringComparer.Ordinal);
        _redirects = new Dictionary<string, string>(redirects, StringComparer.Ordinal);
        foreach (var article in _articlesByUrl.Values)
        {
            _articlesBySource.TryAdd(article.SourcePath, article);
        }
    }

    public SiteSettings Site { get; }
    public IReadOnlyList<Topic> Topics { get; }
    public IReadOnlyList<ContentDiagnostic> Diagnostics { get; }
    public long Version { get; }

    /// <summary>The moment the snapshot was built for: what "today" means for review dates, and "now" for publishing.</summary>
    public DateTimeOffset AsOf => Schedule.AsOf;

    /// <summary>Pages held back by <c>publish_on</c> or <c>expire_on</c>, and when that next changes.</summary>
    public PublishingSchedule Schedule { get; }

    /// <summary>The UTC date of <see cref="AsOf"/>, the day review dates are counted from.</summary>
    public DateOnly Today => DateOnly.FromDateTime(AsOf.UtcDateTime);

    /// <summary>Groups of words readers use for the same thing, from <c>synonyms.yml</c>; search applies them.</summary>
    public IReadOnlyList<SynonymGroup> Synonyms { get; init; } = [];

    /// <summary>The words the site explains, from <c>glossary.yml</c>, A–Z.</summary>
    public GlossaryTerms Glossary { get; init; } = GlossaryTerms.Empty;

    public IEnumerable<Article> Articles => Topics.SelectMany(topic => topic.Articles);

    public Topic? FindTopic(string slug) => _topicsBySlug.GetValueOrDefault(slug);

    public Article? FindArticle(string url) => _articlesByUrl.GetValueOrDefault(url);

    /// <summary>The article built from a file (its display path, e.g. <c>content/treatment/detox.md</c>), if it is in this snapshot.</summary>
    public Article? FindArticleFrom(string sourcePath) => _articlesBySource.GetValueOrDefault(sourcePath);

    /// <summary>Whether readers get the page at this snapshot's moment (in Development the snapshot holds the others too, marked).</summary>
    public PageStatus StatusOf(Article article) => article.StatusAt(AsOf);

    public bool IsPublished(Article article) => article.IsPublishedAt(AsOf);

    /// <summary>True for the URL (or old URL) of a page that has expired: it answers 410 Gone.</summary>
    public bool IsGone(string url) => Schedule.Gone.Contains(url);

    /// <summary>Where an old URL (an article's <c>aliases</c>) now lives, if anywhere.</summary>
    public string? FindRedirect(string url) => _redirects.GetValueOrDefault(url);

    /// <summary>Every old URL and where it now lives, for exports that must redirect without the server.</summary>
    public IReadOnlyDictionary<string, string> Redirects => _redirects;

    /// <summary>True for the URL of the home page, a topic, an article or the glossary (when it has terms).</summary>
    public bool IsPage(string url) => url == "/" || (url == GlossaryTerms.Url && Glossary.Entries.Count > 0) || _articlesByUrl.ContainsKey(url) || _topicsBySlug.ContainsKey(url.TrimStart('/'));

    public (Article? Previous, Article? Next) Neighbours(Article article)
    {
        var articles = _topicsBySlug[article.TopicSlug].Articles;
        var index = articles.ToList().FindIndex(candidate => candidate.Url == article.Url);
        return (index > 0 ? articles[index - 1] : null, index < articles.Count - 1 ? articles[index + 1] : null);
    }
}
