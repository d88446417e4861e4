using RecoveryInfo.Web.Content.Files;

namespace RecoveryInfo.Web.Content.Checks;

/// <summary>Checks that need the whole site or the day: links between articles, anchors, images, review and change dates, and sources.</summary>
public static class ArticleChecks
{
    /// <summary>Each guess compares with every heading or picture, so a file full of broken links gets only this many.</summary>
    public const int MaxSuggestionsPerArticle = 50;

    /// <param name="topics">Every topic, drafts included.</param>
    /// <param name="redirects">Old URLs from <c>aliases</c> and where they now lead.</param>
    /// <param name="images">The pictures in <c>content/images/</c>, as the path after <c>/images/</c>.</param>
    /// <param name="today">For overdue reviews and change notes dated in the future.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static void Run(
        IReadOnlyList<Topic> topics, IReadOnlyDictionary<string, string> redirects, IReadOnlySet<string> images,
        DateOnly today, List<ContentDiagnostic> diagnostics)
    {
        var articles = topics.SelectMany(topic => topic.Articles).ToDictionary(article => article.Url, StringComparer.Ordinal);
        var topicUrls = topics.Select(topic => topic.Url).ToHashSet(StringComparer.Ordinal);

        foreach (var article in articles.Values)
        {
            var suggestionsLeft = MaxSuggestionsPerArticle;
            foreach (var link in article.Links)
            {
                CheckLink(article, link, articles, topicUrls, redirects, images, diagnostics, ref suggestionsLeft);
            }

            if (article.NextReview is { } due && due < today)
            {
                diagnostics.Add(new(article.SourcePath, article.NextReviewLine, 1, DiagnosticSeverity.Warning,
                    $"next_review {due:yyyy-MM-dd} has passed; review the page and update last_reviewed and next_review"));
            }

            foreach (var change in article.Changes.Where(change => change.Date > today))
            {
                diagnostics.Add(new(article.SourcePath, change.Line, 1, DiagnosticSeverity.Error,
                    $"changes: {change.Date:yyyy-MM-dd} is in the future; a note records a change already made, so date it the day the page changed"));
            }

            if (article.Sources.Count < 2)
            {
                diagnostics.Add(new(article.SourcePath, 1, 1, DiagnosticSeverity.Warning,
                    $"only {article.Sources.Count} source(s); health pages should cite at least two"));
            }
        }
    }

    private static void CheckLink(
        Article article, MarkdownLink link, Dictionary<string, Article> articles, HashSet<string> topicUrls,
        IReadOnlyDictionary<string, string> redirects, IReadOnlySet<string> images, List<ContentDiagnostic> diagnostics,
        ref int suggestionsLeft)
    {
        void Report(string message) =>
            diagnostics.Add(new(article.SourcePath, link.Line, link.Column, DiagnosticSeverity.Error, message));

        if (link.IsImage && !link.HasAltText)
        {
            Report($"image '{link.Url}' has no alt text; describe it inside the square brackets");
        }

        if (link.Url.Length == 0)
        {
            return;
        }

        if (Uri.TryCreate(link.Url, UriKind.Absolute, out var absolute) && !absolute.IsFile)
        {
            if (link.IsImage)
            {
                // The site loads nothing from other websites: a remote picture would tell its owner who reads the page.
                Report($"image '{link.Url}' is on another website; save it in {ContentPaths.ImagesFolder}/ and link it as {ContentImages.UrlPrefix}NAME");
            }

            return;
        }

        var end = link.Url.IndexOfAny(['#', '?']);
        var path = end < 0 ? link.Url : link.Url[..end];
        var fragment = link.Url.IndexOf('#') is var hash and >= 0 ? link.Url[(hash + 1)..] : null;

        if (path.StartsWith(ContentImages.UrlPrefix, StringComparison.Ordinal))
        {
            CheckImageFile(Uri.UnescapeDataString(path[ContentImages.UrlPrefix.Length..]), images, Report, ref suggestionsLeft);
            return;
        }

        if (link.IsImage)
        {
            Report($"image '{link.Url}' must be in {ContentPaths.ImagesFolder}/ and linked as {ContentImages.UrlPrefix}NAME");
            return;
        }

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
            if (target is null && resolved != "/" && !topicUrls.Contains(resolved))
            {
                Report($"link to {path} goes nowhere: no page has that URL");
                return;
            }

            if (target is { Draft: true } && !article.Draft)
            {
                Report($"link to {path} goes to a draft, which readers cannot see; publish it (remove draft: true) or remove the link");
            }
        }

        if (!string.IsNullOrEmpty(fragment) && target is not null
            && !target.Headings.Any(heading => heading.Id == fragment) && !target.AnchorAliases.ContainsKey(fragment))
        {
            var suggestion = suggestionsLeft-- > 0 ? Suggestions.Closest(fragment, target.Headings.Select(heading => heading.Id)) : null;
            Report($"link to {target.Url}#{fragment}: that page has no section with id '{fragment}'"
                + (suggestion is null ? "" : $"; did you mean '#{suggestion}'?"));
        }
    }

    private static void CheckImageFile(string name, IReadOnlySet<string> images, Action<string> report, ref int suggestionsLeft)
    {
        if (!ContentImages.IsServable(name))
        {
            report($"'{ContentImages.UrlPrefix}{name}' is not served: pictures must be {string.Join(", ", ContentImages.ContentTypes.Keys)} files");
        }
        else if (!images.Contains(name))
        {
            var suggestion = suggestionsLeft-- > 0 ? Suggestions.Closest(name, images) : null;
            report($"image {ContentImages.UrlPrefix}{name} not found: there is no file {ContentPaths.ImagesFolder}/{name} in the content folder"
                + (suggestion is null ? "" : $"; did you mean '{ContentImages.UrlPrefix}{suggestion}'?"));
        }
    }
}
