namespace RecoveryInfo.Web.Content;

/// <summary>
/// Everything the site serves, built in one go and never changed afterwards, so a request
/// always sees one consistent version of the content.
/// </summary>
public sealed class ContentSnapshot
{
    private readonly Dictionary<string, Section> _sectionsBySlug;
    private readonly Dictionary<string, Article> _articlesByUrl;
    private readonly Dictionary<string, Article> _articlesBySource = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _redirects;

    public ContentSnapshot(
        SiteSettings site,
        IReadOnlyList<Section> sections,
        IReadOnlyDictionary<string, string> redirects,
        IReadOnlyList<ContentDiagnostic> diagnostics,
        long version)
    {
        Site = site;
        Sections = sections;
        Diagnostics = diagnostics;
        Version = version;
        _sectionsBySlug = sections.ToDictionary(section => section.Slug, StringComparer.Ordinal);
        _articlesByUrl = sections.SelectMany(section => section.Articles)
            .ToDictionary(article => article.Url, StringComparer.Ordinal);
        _redirects = new Dictionary<string, string>(redirects, StringComparer.Ordinal);
        foreach (var article in _articlesByUrl.Values)
        {
            _articlesBySource.TryAdd(article.SourcePath, article);
        }
    }

    public SiteSettings Site { get; }
    public IReadOnlyList<Section> Sections { get; }
    public IReadOnlyList<ContentDiagnostic> Diagnostics { get; }
    public long Version { get; }

    public IEnumerable<Article> Articles => Sections.SelectMany(section => section.Articles);

    public Section? FindSection(string slug) => _sectionsBySlug.GetValueOrDefault(slug);

    public Article? FindArticle(string url) => _articlesByUrl.GetValueOrDefault(url);

    /// <summary>The article built from a file (its display path, e.g. <c>content/treatment/detox.md</c>), if it is in this snapshot.</summary>
    public Article? FindArticleFrom(string sourcePath) => _articlesBySource.GetValueOrDefault(sourcePath);

    /// <summary>Where an old URL (an article's <c>aliases</c>) now lives, if anywhere.</summary>
    public string? FindRedirect(string url) => _redirects.GetValueOrDefault(url);

    /// <summary>Every old URL and where it now lives, for exports that must redirect without the server.</summary>
    public IReadOnlyDictionary<string, string> Redirects => _redirects;

    /// <summary>True for the URL of the home page, a section or an article.</summary>
    public bool IsPage(string url) => url == "/" || _articlesByUrl.ContainsKey(url) || _sectionsBySlug.ContainsKey(url.TrimStart('/'));

    public (Article? Previous, Article? Next) Neighbours(Article article)
    {
        var articles = _sectionsBySlug[article.SectionSlug].Articles;
        var index = articles.ToList().FindIndex(candidate => candidate.Url == article.Url);
        return (index > 0 ? articles[index - 1] : null, index < articles.Count - 1 ? articles[index + 1] : null);
    }
}
