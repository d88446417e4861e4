using RecoveryInfo.Web.Content.Checks;
using RecoveryInfo.Web.Content.Files;
using RecoveryInfo.Web.Content.Glossary;
using RecoveryInfo.Web.Content.Markdown;
using RecoveryInfo.Web.Content.Publishing;
using RecoveryInfo.Web.Content.Synonyms;

namespace RecoveryInfo.Web.Content;

/// <summary>
/// Reads the whole content folder into a new <see cref="ContentSnapshot"/>. A file that cannot be
/// read or validated keeps its last good version from <c>previous</c>, so a bad save never takes a page down.
/// Every file is read on every rebuild, but only files whose text changed are parsed again, so an
/// editor's save costs one article's rendering plus the site-wide checks.
/// </summary>
public sealed class SnapshotBuilder(ContentFileReader fileReader, ArticleParser articleParser, SettingsFileParser settingsParser, SiteSettingsLoader siteLoader, TimeProvider clock)
{
    private long _generation;

    /// <summary>A builder with its own caches, for the command line, tests and benchmarks.</summary>
    public static SnapshotBuilder Create(TimeProvider? clock = null)
    {
        var settings = new SettingsFileParser(new FrontMatterReader());
        return new SnapshotBuilder(
            new ContentFileReader(), new ArticleParser(new MarkdownRenderer(), new FrontMatterReader()), settings, new SiteSettingsLoader(settings), clock ?? TimeProvider.System);
    }

    /// <param name="contentFolder">The folder to read.</param>
    /// <param name="includeDrafts">True to keep every unpublished page (drafts, scheduled, expired), marked, as Development does.</param>
    /// <param name="previous">The snapshot being served, whose last good pages stand in for files with errors.</param>
    public ContentSnapshot Load(string contentFolder, bool includeDrafts, ContentSnapshot? previous = null)
    {
        var generation = Interlocked.Increment(ref _generation);
        var snapshot = LoadAll(contentFolder, includeDrafts, previous, generation);
        articleParser.DropUnused(generation);
        fileReader.DropUnused(generation);
        return snapshot;
    }

    private ContentSnapshot LoadAll(string contentFolder, bool includeDrafts, ContentSnapshot? previous, long generation)
    {
        var asOf = clock.GetUtcNow();
        var diagnostics = new List<ContentDiagnostic>();
        using var version = new ContentVersion();
        var siteSettings = siteLoader.Load(contentFolder, previous, diagnostics, version);
        var synonyms = SynonymsLoader.Load(contentFolder, previous, diagnostics, version);
        var glossary = GlossaryLoader.Load(contentFolder, previous, diagnostics, version);
        ReportLooseArticles(contentFolder, diagnostics);

        // Drafts are loaded and checked everywhere, so the check command, Development and Production
        // all report the same problems; they are only left out of what Production serves.
        var topics = new List<Topic>();
        foreach (var folder in Directory.EnumerateDirectories(contentFolder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            if (name.StartsWith('.') || name == ContentPaths.ImagesFolder)
            {
                continue;
            }

            if (ContentGuard.CheckFolder(folder, ContentPaths.ForDisplay(contentFolder, folder)) is { } linked)
            {
                diagnostics.Add(linked);
                continue;
            }

            if (LoadTopic(contentFolder, folder, previous, generation, glossary, diagnostics, version) is { } topic)
            {
                topics.Add(topic);
            }
        }

        topics = [.. topics.OrderBy(topic => topic.Order).ThenBy(topic => topic.Title, StringComparer.Ordinal)];
        topics = UrlRules.WithoutDuplicateUrls(topics, previous, diagnostics);
        var redirects = UrlRules.BuildRedirects(topics, diagnostics);
        ArticleChecks.Run(topics, redirects, ContentImages.List(contentFolder), asOf, diagnostics);
        SectionLinkChecks.Run(contentFolder, topics, redirects, asOf, diagnostics);
        UrlRules.CheckSiteLinks(siteSettings, contentFolder, topics, redirects, asOf, diagnostics, glossary.Entries.Count > 0 ? [GlossaryTerms.Url] : []);
        ReadabilityChecks.Run(topics, siteSettings.Readability, diagnostics);
        GlossaryChecks.Run(glossary, topics, siteSettings.Readability, contentFolder, diagnostics);
        ShortLinkChecks.Run(topics, redirects, asOf, diagnostics);

        var schedule = PublishingSchedule.Evaluate(topics, redirects, asOf, servesUnpublished: includeDrafts);
        schedule.AddTo(version);
        if (!includeDrafts)
        {
            topics = UrlRules.WithoutUnpublished(topics, asOf);
            redirects = redirects.Where(redirect => topics.Any(topic => topic.Articles.Any(article => article.Url == redirect.Value)))
                .ToDictionary(StringComparer.Ordinal);
        }

        return new ContentSnapshot(siteSettings, topics, redirects, diagnostics, version.Finish(), schedule) { Synonyms = synonyms, Glossary = glossary };
    }

    private static void ReportLooseArticles(string contentFolder, List<ContentDiagnostic> diagnostics)
    {
        foreach (var root in Directory.EnumerateFiles(contentFolder, "*.md").Order(StringComparer.Ordinal))
        {
            if (!ContentPaths.IsEditorsGuide(contentFolder, root))
            {
                diagnostics.Add(new(ContentPaths.ForDisplay(contentFolder, root), 1, 1, DiagnosticSeverity.Warning,
                    "articles belong in a topic folder; this file is not published"));
            }
        }
    }

    private Topic? LoadTopic(
        string contentFolder, string folder, ContentSnapshot? previous, long generation, GlossaryTerms glossary, List<ContentDiagnostic> diagnostics, ContentVersion version)
    {
        var folderName = Path.GetFileName(folder);
        var topicFile = Path.Combine(folder, ContentPaths.TopicFile);
        var oldTopicFile = Path.Combine(folder, ContentPaths.OldTopicFile);
        var renameWarning = !File.Exists(topicFile) && File.Exists(oldTopicFile);
        if (renameWarning)
        {
            // Settings written under the old name still count: an editor's work is never dropped for a file name.
            topicFile = oldTopicFile;
        }

        var display = ContentPaths.ForDisplay(contentFolder, topicFile);
        var previousTopic = previous?.Topics.FirstOrDefault(topic => topic.SourcePath == display);
        List<string> files;
        try
        {
            files = [.. Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal)];
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Add(new(ContentPaths.ForDisplay(contentFolder, folder), 1, 1, DiagnosticSeverity.Error, previousTopic is null
                ? "the folder could not be read: permission denied; nothing in it is published"
                : "the folder could not be read: permission denied; its last good pages are still being served"));
            return previousTopic;
        }
        catch (IOException exception)
        {
            // The folder was renamed or deleted while being read; the rebuild that change triggers decides its fate.
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning, $"the folder could not be read ({exception.GetType().Name}); keeping what was there"));
            return previousTopic;
        }

        TopicFrontMatter? settings = null;
        var broken = false;
        if (renameWarning)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning,
                $"rename {ContentPaths.OldTopicFile} to {ContentPaths.TopicFile}: topic settings now have that name (this file is still read)"));
        }

        if (File.Exists(topicFile))
        {
            var text = ContentFileReader.ReadText(topicFile, display, diagnostics);
            version.Add(display, text);
            settings = text is null ? null : settingsParser.Parse<TopicFrontMatter>(text, display, diagnostics);
            broken = settings is null;
            if (broken && previousTopic is not null)
            {
                diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning,
                    "the last good settings of this topic are still being used until the errors in this file are fixed"));
            }
        }
        else
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning,
                $"topic folder '{folderName}' has no {ContentPaths.TopicFile}; its title comes from the folder name"));
        }

        var lastGood = broken ? previousTopic : null;
        var slug = lastGood?.Slug ?? Slugs.FromName(settings?.Slug ?? folderName);
        if (slug.Length == 0)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error,
                $"the folder name '{folderName}' gives no URL (only letters a-z and digits 0-9 are kept, accents removed); set slug: in {ContentPaths.TopicFile}"));
            return null;
        }

        // Articles are read and parsed in parallel (each into its own findings), then gathered in
        // file order, so the diagnostics and the content version come out the same on every run.
        var loaded = new LoadedArticle[files.Count];
        Parallel.For(0, files.Count, index => loaded[index] = LoadArticle(contentFolder, files[index], slug, previous, generation, glossary));
        var articles = new List<Article>();
        foreach (var (article, digest, articlePath, found) in loaded)
        {
            if (digest is not null)
            {
                version.Add(articlePath, digest);
            }

            diagnostics.AddRange(found);
            if (article is not null)
            {
                articles.Add(article);
            }
        }

        if (articles.Count == 0)
        {
            return null;
        }

        return new Topic
        {
            Slug = slug,
            Title = settings?.Title ?? lastGood?.Title ?? TitleFromName(folderName),
            Description = settings?.Description ?? lastGood?.Description ?? "",
            Order = settings?.Order ?? lastGood?.Order ?? int.MaxValue,
            Articles = [.. articles.OrderBy(article => article.Order).ThenBy(article => article.Title, StringComparer.Ordinal)],
            SourcePath = display,
        };
    }

    private LoadedArticle LoadArticle(string contentFolder, string file, string topicSlug, ContentSnapshot? previous, long generation, GlossaryTerms glossary)
    {
        var display = ContentPaths.ForDisplay(contentFolder, file);
        var diagnostics = new List<ContentDiagnostic>();

        // The topic's URL may have changed in this same rebuild; the kept page moves with it.
        var lastGood = previous?.FindArticleFrom(display) is { } kept
            ? kept with { TopicSlug = topicSlug }
            : null;
        var read = fileReader.ReadArticle(file, display, generation);
        diagnostics.AddRange(read.Diagnostics);
        var text = read.Text;
        var article = text is null ? null : articleParser.Parse(text, display, topicSlug, Path.GetFileNameWithoutExtension(file), generation, diagnostics, glossary);
        if (article is null && lastGood is not null)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning,
                "the last good version of this page is still being served until the errors in this file are fixed"));
        }

        return new LoadedArticle(article ?? lastGood, text is null ? null : read.Digest, display, diagnostics);
    }

    /// <summary>One file's outcome: the article to serve (if any), the digest of the text read, and what was found.</summary>
    private readonly record struct LoadedArticle(Article? Article, byte[]? Digest, string Display, List<ContentDiagnostic> Diagnostics);

    private static string TitleFromName(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' ').Replace('_', ' ');
}
