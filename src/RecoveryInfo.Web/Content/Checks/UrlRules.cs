namespace RecoveryInfo.Web.Content.Checks;

/// <summary>
/// The rules that keep every URL answering one page: no two files on one URL, aliases that point
/// somewhere real and clash with nothing, an urgent-help page that exists, and no drafts, scheduled
/// or expired pages in what Production serves.
/// </summary>
public static class UrlRules
{
    /// <summary>
    /// Two files must not claim one URL. The one already being served keeps it (so a new file cannot
    /// take over a live page), then the one whose URL comes from its own name rather than a <c>slug:</c>,
    /// then the first by path. The others are reported and left out.
    /// </summary>
    public static List<Topic> WithoutDuplicateUrls(List<Topic> topics, ContentSnapshot? previous, List<ContentDiagnostic> diagnostics)
    {
        static T Keeper<T>(IEnumerable<T> claimants, string slug, Func<T, string> path, Func<string, string> name, Func<string, bool> wasServed) =>
            claimants
                .OrderBy(claimant => wasServed(path(claimant)) ? 0 : 1)
                .ThenBy(claimant => Slugs.FromName(name(path(claimant))) == slug ? 0 : 1)
                .ThenBy(path, StringComparer.Ordinal)
                .First();

        // Almost always nothing clashes; only then is it worth grouping and ranking claimants.
        if (topics.Select(topic => topic.Slug).Distinct(StringComparer.Ordinal).Count() == topics.Count
            && topics.All(topic => HasUniqueSlugs(topic.Articles)))
        {
            return topics;
        }

        var kept = new List<Topic>();
        foreach (var group in topics.GroupBy(topic => topic.Slug))
        {
            var keeper = Keeper(group, group.Key, topic => topic.SourcePath, path => Path.GetFileName(Path.GetDirectoryName(path)) ?? "",
                path => previous?.FindTopic(group.Key)?.SourcePath == path);
            foreach (var duplicate in group.Where(topic => topic != keeper))
            {
                diagnostics.Add(new(duplicate.SourcePath, 1, 1, DiagnosticSeverity.Error,
                    $"the URL {duplicate.Url} is already used by the topic in {Path.GetDirectoryName(keeper.SourcePath)!.Replace('\\', '/')}; rename the folder or set a different slug"));
            }

            var articles = new List<Article>();
            foreach (var claim in keeper.Articles.GroupBy(article => article.Slug))
            {
                var article = Keeper(claim, claim.Key, article => article.SourcePath, Path.GetFileNameWithoutExtension,
                    path => previous?.FindArticle(claim.First().Url)?.SourcePath == path);
                articles.Add(article);
                foreach (var duplicate in claim.Where(candidate => candidate != article))
                {
                    diagnostics.Add(new(duplicate.SourcePath, 1, 1, DiagnosticSeverity.Error,
                        $"the URL {duplicate.Url} is already used by {article.SourcePath}; set a different slug"));
                }
            }

            var keptArticles = new HashSet<Article>(articles, ReferenceEqualityComparer.Instance);
            kept.Add(keeper with { Articles = [.. keeper.Articles.Where(keptArticles.Contains)] });
        }

        return kept;
    }

    private static bool HasUniqueSlugs(IReadOnlyList<Article> articles)
    {
        var slugs = new HashSet<string>(articles.Count, StringComparer.Ordinal);
        return articles.All(article => slugs.Add(article.Slug));
    }

    public static Dictionary<string, string> BuildRedirects(List<Topic> topics, List<ContentDiagnostic> diagnostics)
    {
        var pages = topics.SelectMany(topic => topic.Articles.Select(article => article.Url).Prepend(topic.Url)).Prepend("/").ToHashSet(StringComparer.Ordinal);
        var redirects = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in topics.SelectMany(topic => topic.Articles))
        {
            foreach (var alias in article.Aliases)
            {
                var path = "/" + alias.Trim().Trim('/').ToLowerInvariant();
                if (pages.Contains(path))
                {
                    diagnostics.Add(new(article.SourcePath, 1, 1, DiagnosticSeverity.Error, $"alias {path} is the URL of a published page"));
                }
                else if (!redirects.TryAdd(path, article.Url) && redirects[path] != article.Url)
                {
                    diagnostics.Add(new(article.SourcePath, 1, 1, DiagnosticSeverity.Error, $"alias {path} already points to {redirects[path]}"));
                }
            }
        }

        return redirects;
    }

    /// <summary>The urgent-help page, the quick exit's help page, every footer link and the home page's ways in must each be a published page.</summary>
    public static void CheckSiteLinks(
        SiteSettings site, string contentFolder, List<Topic> topics, Dictionary<string, string> redirects, DateTimeOffset now, List<ContentDiagnostic> diagnostics,
        IReadOnlyCollection<string>? sitePages = null)
    {
        var display = ContentPaths.ForDisplay(contentFolder, Path.Combine(contentFolder, ContentPaths.SiteSettingsFile));
        if (!IsPublished(site.UrgentHelp.Page, topics, redirects, now))
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error,
                $"urgent_help page {site.UrgentHelp.Page} is not a published page; every page links to it"));
        }

        if (site.QuickExit.Enabled && site.QuickExit.HelpPage.Length > 0 && !IsPublished(site.QuickExit.HelpPage, topics, redirects, now))
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error,
                $"quick_exit help_page {site.QuickExit.HelpPage} is not a published page; the exit control on every page links to it"));
        }

        foreach (var link in site.FooterLinks)
        {
            if (string.IsNullOrWhiteSpace(link.Title) || !(IsPublished(link.Url, topics, redirects, now) || (sitePages?.Contains(link.Url) ?? false)))
            {
                diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error,
                    $"footer_links: '{link.Title}' must have a title and the URL of a published page, not '{link.Url}'"));
            }
        }

        foreach (var way in site.Home.WaysIn)
        {
            if (string.IsNullOrWhiteSpace(way.Title) || !IsPublished(way.Url.Split('#')[0], topics, redirects, now))
            {
                diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error,
                    $"home ways_in: '{way.Title}' must have a title and the URL of a published page, not '{way.Url}'"));
            }
        }
    }

    private static bool IsPublished(string url, List<Topic> topics, Dictionary<string, string> redirects, DateTimeOffset now)
    {
        var resolved = redirects.GetValueOrDefault(url) ?? url;
        return topics.Any(topic => topic.Url == resolved || topic.Articles.Any(article => article.Url == resolved && article.IsPublishedAt(now)));
    }

    /// <summary>What the public site serves at <paramref name="now"/>: no drafts, nothing before its publish_on or after its expire_on.</summary>
    public static List<Topic> WithoutUnpublished(List<Topic> topics, DateTimeOffset now) =>
        [.. topics
            .Select(topic => topic.Articles.All(article => article.IsPublishedAt(now)) ? topic : topic with { Articles = [.. topic.Articles.Where(article => article.IsPublishedAt(now))] })
            .Where(topic => topic.Articles.Count > 0)];
}
