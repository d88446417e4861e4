namespace RecoveryInfo.Web.Content.Checks;

/// <summary>
/// Checks that keep shared links working: section ids are unique, <c>anchor_aliases</c> point somewhere,
/// and nothing listed in the anchor registry has disappeared without an alias.
/// </summary>
public static class SectionLinkChecks
{
    public static void Run(
        string contentFolder, IReadOnlyList<Topic> topics, IReadOnlyDictionary<string, string> redirects, DateTimeOffset now, List<ContentDiagnostic> diagnostics)
    {
        foreach (var article in topics.SelectMany(topic => topic.Articles))
        {
            CheckIds(article, diagnostics);
        }

        CheckTitles(topics, now, diagnostics);
        var links = new PublishedLinks(topics, path => redirects.GetValueOrDefault(path), now);
        if (AnchorRegistry.Read(contentFolder, diagnostics) is { } registry)
        {
            // A page before its publish_on or after its expire_on is away on purpose: its registered links are not broken by mistake.
            var heldBack = topics.SelectMany(topic => topic.Articles)
                .Where(article => article.StatusAt(now) is PageStatus.Scheduled or PageStatus.Expired)
                .Select(article => article.Url)
                .ToHashSet(StringComparer.Ordinal);
            heldBack.UnionWith(topics
                .Where(topic => !topic.Articles.Any(article => article.IsPublishedAt(now)) && topic.Articles.Any(article => heldBack.Contains(article.Url)))
                .Select(topic => topic.Url)
                .ToList());
            CheckRegistry(contentFolder, registry, links, heldBack, diagnostics);
        }
        else
        {
            diagnostics.Add(new(ContentPaths.ForDisplay(contentFolder, AnchorRegistry.PathIn(contentFolder)), 1, 1, DiagnosticSeverity.Warning,
                $"there is no anchor registry, so renamed pages and sections go unnoticed; create it with: {AnchorRegistry.Command}"));
        }
    }

    private static void CheckIds(Article article, List<ContentDiagnostic> diagnostics)
    {
        void Report(int line, string message) =>
            diagnostics.Add(new(article.SourcePath, line, 1, DiagnosticSeverity.Error, message));

        // Runs for every article on every rebuild: group the headings only of a page that repeats an id.
        var repeatsAnId = PublishedLinks.HeadingIds(article.Headings).Count() < article.Headings.Count;
        foreach (var duplicate in repeatsAnId ? article.Headings.GroupBy(heading => heading.Id, StringComparer.Ordinal).Where(group => group.Count() > 1) : [])
        {
            foreach (var heading in duplicate.Skip(1))
            {
                Report(heading.Line, $"the section id '{heading.Id}' is already used on line {duplicate.First().Line}; "
                    + "links can reach only one of them, so give this heading its own id with {#another-id}");
            }
        }

        if (article.AnchorAliases.Count == 0)
        {
            return;
        }

        var headingIds = article.Headings.Select(heading => heading.Id).ToList();
        foreach (var (oldId, newId) in article.AnchorAliases)
        {
            if (!SectionIds.IsValid(oldId))
            {
                Report(1, $"anchor_aliases: '{oldId}' is not a section id; write the part after '#' in the old link, with no spaces");
            }
            else if (headingIds.Contains(oldId, StringComparer.Ordinal))
            {
                Report(1, $"anchor_aliases: '{oldId}' is the id of a section on this page now; remove that line");
            }
            else if (!headingIds.Contains(newId, StringComparer.Ordinal))
            {
                var suggestion = Suggestions.Closest(newId, headingIds);
                Report(1, $"anchor_aliases: '{oldId}' points to '{newId}', but this page has no section with that id"
                    + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
            }
        }
    }

    /// <summary>Link previews and browser tabs show the title; two pages with one title look like the same page.</summary>
    private static void CheckTitles(IReadOnlyList<Topic> topics, DateTimeOffset now, List<ContentDiagnostic> diagnostics)
    {
        var published = topics.SelectMany(topic => topic.Articles).Where(article => article.IsPublishedAt(now));
        foreach (var group in published.GroupBy(article => article.Title, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1))
        {
            foreach (var article in group.Skip(1))
            {
                diagnostics.Add(new(article.SourcePath, 1, 1, DiagnosticSeverity.Warning,
                    $"the title '{article.Title}' is also the title of {group.First().SourcePath}; give each page its own title"));
            }
        }
    }

    /// <summary>Reports every registered link that no longer works, with the alias line that would fix it.</summary>
    private static void CheckRegistry(string contentFolder, AnchorRegistry registry, PublishedLinks links, HashSet<string> heldBack, List<ContentDiagnostic> diagnostics)
    {
        var registryPath = ContentPaths.ForDisplay(contentFolder, AnchorRegistry.PathIn(contentFolder));
        var registered = registry.Entries.Select(entry => entry.Link).ToHashSet();
        var newPages = links.Articles.Where(article => !registered.Contains(new(article.Url))).ToList();
        var reported = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (link, line) in registry.Entries)
        {
            if (links.Works(link) || heldBack.Contains(link.Url)
                || reported.Any(url => link.Url == url || link.Url.StartsWith(url + "/", StringComparison.Ordinal)))
            {
                continue;
            }

            if (link.Url.Count(character => character == '/') == 1 && links.IsTopic(link.Url))
            {
                diagnostics.Add(new(registryPath, line, 1, DiagnosticSeverity.Error,
                    $"'{link}' is not a link the site publishes (topic pages have no section ids); regenerate this file with: {AnchorRegistry.Command}"));
            }
            else if (link.Url.Count(character => character == '/') == 1)
            {
                reported.Add(link.Url);
                diagnostics.Add(new(registryPath, line, 1, DiagnosticSeverity.Error,
                    $"the topic {link.Url} no longer exists, so shared links to it and its pages break. If its folder was renamed, "
                    + $"add the line \"slug: {link.Url[1..]}\" to the renamed folder's {ContentPaths.TopicFile}. "
                    + $"If it was removed on purpose, run: {AnchorRegistry.Command}"));
            }
            else if (links.FindArticle(link.Url) is not { } article)
            {
                reported.Add(link.Url);
                diagnostics.Add(new(registryPath, line, 1, DiagnosticSeverity.Error, MissingPage(link.Url, newPages)));
            }
            else
            {
                diagnostics.Add(new(article.SourcePath, 1, 1, DiagnosticSeverity.Error, MissingSection(link, article, registered)));
            }
        }

        // Counted, not collected: at 1,000 articles there are over 10,000 links and this runs on every save.
        var unregisteredCount = 0;
        RegisteredLink? firstUnregistered = null;
        foreach (var link in links.Current())
        {
            if (!registered.Contains(link))
            {
                unregisteredCount++;
                firstUnregistered ??= link;
            }
        }

        if (firstUnregistered is not null)
        {
            diagnostics.Add(new(registryPath, 1, 1, DiagnosticSeverity.Warning,
                $"{unregisteredCount} new page or section link(s), such as {firstUnregistered}, are not registered yet, so nothing "
                + $"would notice if they broke; register them with: {AnchorRegistry.Command}"));
        }
    }

    private static string MissingPage(string url, List<Article> newPages)
    {
        var guess = Suggestions.Closest(url, newPages.Select(article => article.Url)) is { } closest
            ? newPages.First(article => article.Url == closest)
            : newPages.Count == 1 ? newPages[0] : null;
        var where = guess is null ? "the page that replaced it" : $"{guess.SourcePath} (if that is the page that replaced it)";
        var add = guess is { Aliases.Count: > 0 }
            ? $"add the line \"  - {url}\" under aliases: in the front matter of {where}"
            : $"add the lines \"aliases:\" and \"  - {url}\" to the front matter of {where}";
        return $"the page {url} no longer exists, so shared links to it break. To send them to the new page, {add}. "
            + $"If the page was removed on purpose, run: {AnchorRegistry.Command}";
    }

    private static string MissingSection(RegisteredLink link, Article article, HashSet<RegisteredLink> registered)
    {
        var ids = article.Headings.Select(heading => heading.Id).Distinct(StringComparer.Ordinal).ToList();
        var newIds = ids.Where(id => !registered.Contains(new(link.Url, id)) && !registered.Contains(new(article.Url, id))).ToList();
        var guess = Suggestions.Closest(link.Id!, newIds)
            ?? (newIds.Count == 1 ? newIds[0] : null)
            ?? Suggestions.Closest(link.Id!, ids);
        var entry = $"  {link.Id}: {guess ?? "new-section-id"}";
        var add = article.AnchorAliases.Count > 0
            ? $"add the line \"{entry}\" under anchor_aliases: in this file's front matter"
            : $"add the lines \"anchor_aliases:\" and \"{entry}\" to this file's front matter";
        var check = guess is null ? ", putting the id of the section that replaced it on the right" : $" (check that '{guess}' is the section that replaced it)";
        return $"shared links to {link} no longer land on a section: this page has no section with the id '{link.Id}' any more. "
            + $"To keep them working, {add}{check}. If the section was removed on purpose, run: {AnchorRegistry.Command}";
    }
}
