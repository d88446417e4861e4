using RecoveryInfo.Web.Content.Files;
using RecoveryInfo.Web.Content.Markdown;

namespace RecoveryInfo.Web.Content.Checks;

/// <summary>Checks that need the whole site or the day: links between articles, anchors, images, review and change dates, and sources.</summary>
public static class ArticleChecks
{
    /// <summary>Each guess compares with every heading or picture, so a file full of broken links gets only this many.</summary>
    public const int MaxSuggestionsPerArticle = 50;

    /// <param name="topics">Every topic, drafts included.</param>
    /// <param name="redirects">Old URLs from <c>aliases</c> and where they now lead.</param>
    /// <param name="images">The pictures in <c>content/images/</c>, as the path after <c>/images/</c>.</param>
    /// <param name="now">For overdue reviews, change notes dated in the future, and links to pages not public now or soon.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static void Run(
        IReadOnlyList<Topic> topics, IReadOnlyDictionary<string, string> redirects, IReadOnlySet<string> images,
        DateTimeOffset now, List<ContentDiagnostic> diagnostics)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var articles = topics.SelectMany(topic => topic.Articles).ToDictionary(article => article.Url, StringComparer.Ordinal);
        var topicUrls = topics.Select(topic => topic.Url).ToHashSet(StringComparer.Ordinal);

        foreach (var article in articles.Values)
        {
            var suggestionsLeft = MaxSuggestionsPerArticle;
            foreach (var link in article.Links)
            {
                CheckLink(article, link, articles, topicUrls, redirects, images, now, diagnostics, ref suggestionsLeft);
            }

            if (article.NextReview is { } due && due < today)
            {
                diagnostics.Add(new(article.SourcePath, article.NextReviewLine, 1, DiagnosticSeverity.Warning,
                    $"next_review {due:yyyy-MM-dd} has passed; review the page and update last_reviewed and next_review"));
            }

            // A page written ahead of its publish_on may carry notes up to the day it goes public.
            var latestChange = article.PublishOn is { } opens && opens > now ? DateOnly.FromDateTime(opens.DateTime) : today;
            foreach (var change in article.Changes.Where(change => change.Date > latestChange))
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
        IReadOnlyDictionary<string, string> redirects, IReadOnlySet<string> images, DateTimeOffset now, List<ContentDiagnostic> diagnostics,
        ref int suggestionsLeft)
    {
        void Report(string message, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
            diagnostics.Add(new(article.SourcePath, link.Line, link.Column, severity, message));

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
            CheckImageFile(Uri.UnescapeDataString(path[ContentImages.UrlPrefix.Length..]), images, message => Report(message), ref suggestionsLeft);
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
            else if (target is not null && !article.Draft)
            {
                CheckLinkInTime(article, target, path, now, Report);
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

    /// <summary>A link must not reach readers before its page does, nor outlive it.</summary>
    private static void CheckLinkInTime(Article article, Article target, string path, DateTimeOffset now, Action<string, DiagnosticSeverity> report)
    {
        if (article.ExpireOn <= now)
        {
            return;
        }

        if (target.PublishOn is { } opens && opens > now && !(article.PublishOn >= opens))
        {
            report($"link to {path} goes to a page that is not published until {PublishTimes.Describe(opens)}, so readers would find nothing there; "
                + "remove the link until then, or give this page a publish_on at or after that time", DiagnosticSeverity.Error);
        }
        else if (target.ExpireOn is { } closes && closes <= now)
        {
            report($"link to {path} goes to a page that expired on {PublishTimes.Describe(closes)} and answers 410 Gone; remove the link", DiagnosticSeverity.Error);
        }
        else if (target.ExpireOn is { } closing && !(article.ExpireOn <= closing))
        {
            report($"link to {path} stops working on {PublishTimes.Describe(closing)}, when that page expires; remove it by then", DiagnosticSeverity.Warning);
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
