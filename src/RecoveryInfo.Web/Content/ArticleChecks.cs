namespace RecoveryInfo.Web.Content;

/// <summary>Checks that need the whole site: links between articles, anchors, review dates and sources.</summary>
public static class ArticleChecks
{
    public static void Run(
        IReadOnlyList<Section> sections, IReadOnlyDictionary<string, string> redirects, DateOnly today, List<ContentDiagnostic> diagnostics)
    {
        var articles = sections.SelectMany(section => section.Articles).ToDictionary(article => article.Url, StringComparer.Ordinal);
        var sectionUrls = sections.Select(section => section.Url).ToHashSet(StringComparer.Ordinal);

        foreach (var article in articles.Values)
        {
            foreach (var link in article.Links)
            {
                CheckLink(article, link, articles, sectionUrls, redirects, diagnostics);
            }

            if (article.NextReview is { } due && due < today)
            {
                diagnostics.Add(new(article.SourcePath, 1, 1, DiagnosticSeverity.Warning,
                    $"next_review {due:yyyy-MM-dd} has passed; review the page and update last_reviewed and next_review"));
            }

            if (article.Sources.Count < 2)
            {
                diagnostics.Add(new(article.SourcePath, 1, 1, DiagnosticSeverity.Warning,
                    $"only {article.Sources.Count} source(s); health pages should cite at least two"));
            }
        }
    }

    private static void CheckLink(
        Article article, MarkdownLink link, Dictionary<string, Article> articles, HashSet<string> sectionUrls,
        IReadOnlyDictionary<string, string> redirects, List<ContentDiagnostic> diagnostics)
    {
        void Report(string message) =>
            diagnostics.Add(new(article.SourcePath, link.Line, link.Column, DiagnosticSeverity.Error, message));

        if (link.IsImage && !link.HasAltText)
        {
            Report($"image '{link.Url}' has no alt text; describe it inside the square brackets");
        }

        if (link.Url.Length == 0 || Uri.TryCreate(link.Url, UriKind.Absolute, out var absolute) && !absolute.IsFile)
        {
            return;
        }

        var hash = link.Url.IndexOf('#');
        var path = hash < 0 ? link.Url : link.Url[..hash];
        var fragment = hash < 0 ? null : link.Url[(hash + 1)..];

        Article? target;
        if (path.Length == 0)
        {
            target = article;
        }
        else if (!path.StartsWith('/'))
        {
            Report($"link '{link.Url}' is relative; start site links with '/', like /treatment/detox-and-withdrawal");
            return;
        }
        else
        {
            var resolved = redirects.GetValueOrDefault(path) ?? path;
            target = articles.GetValueOrDefault(resolved);
            if (target is null && resolved != "/" && !sectionUrls.Contains(resolved))
            {
                Report($"link to {path} goes nowhere: no page has that URL");
                return;
            }
        }

        if (!string.IsNullOrEmpty(fragment) && target is not null
            && !target.Headings.Any(heading => heading.Id == fragment) && !target.AnchorAliases.ContainsKey(fragment))
        {
            var suggestion = Suggestions.Closest(fragment, target.Headings.Select(heading => heading.Id));
            Report($"link to {target.Url}#{fragment}: that page has no section with id '{fragment}'"
                + (suggestion is null ? "" : $"; did you mean '#{suggestion}'?"));
        }
    }
}
