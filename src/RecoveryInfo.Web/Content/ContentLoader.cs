using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using RecoveryInfo.Web.Sharing;

namespace RecoveryInfo.Web.Content;

/// <summary>
/// Reads the whole content folder into a new <see cref="ContentSnapshot"/>. A file that cannot be
/// read or validated keeps its last good version from <c>previous</c>, so a bad save never takes a page down.
/// Every file is read on every rebuild, but only files whose text changed are parsed again, so an
/// editor's save costs one article's rendering plus the site-wide checks.
/// </summary>
public sealed class ContentLoader(MarkdownRenderer renderer, FrontMatterReader frontMatter, TimeProvider clock)
{
    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly ConcurrentDictionary<string, ParsedArticle> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ReadArticleFile> _read = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Text, object? Settings, List<ContentDiagnostic> Found)> _settings = new(StringComparer.Ordinal);
    private long _generation;

    public ContentSnapshot Load(string contentFolder, bool includeDrafts, ContentSnapshot? previous = null)
    {
        var generation = Interlocked.Increment(ref _generation);
        var snapshot = LoadAll(contentFolder, includeDrafts, previous);
        DropUnused(_parsed, parsed => parsed.Generation, generation);
        DropUnused(_read, read => read.Generation, generation);
        return snapshot;
    }

    /// <summary>Entries this rebuild did not use belong to files that are gone.</summary>
    private static void DropUnused<T>(ConcurrentDictionary<string, T> cache, Func<T, long> lastUsed, long generation)
    {
        foreach (var (path, entry) in cache)
        {
            if (lastUsed(entry) < generation)
            {
                cache.TryRemove(path, out _);
            }
        }
    }

    private ContentSnapshot LoadAll(string contentFolder, bool includeDrafts, ContentSnapshot? previous)
    {
        var diagnostics = new List<ContentDiagnostic>();
        using var fingerprint = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var site = LoadSite(contentFolder, previous, diagnostics, fingerprint);
        ReportLooseArticles(contentFolder, diagnostics);

        // Drafts are loaded and checked everywhere, so the check command, Development and Production
        // all report the same problems; they are only left out of what Production serves.
        var sections = new List<Section>();
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

            if (LoadSection(contentFolder, folder, previous, diagnostics, fingerprint) is { } section)
            {
                sections.Add(section);
            }
        }

        sections = [.. sections.OrderBy(section => section.Order).ThenBy(section => section.Title, StringComparer.Ordinal)];
        sections = WithoutDuplicateUrls(sections, previous, diagnostics);
        var redirects = BuildRedirects(sections, diagnostics);
        ArticleChecks.Run(sections, redirects, ContentImages.List(contentFolder), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), diagnostics);
        SectionLinkChecks.Run(contentFolder, sections, redirects, diagnostics);
        CheckSite(site, contentFolder, sections, redirects, diagnostics);

        if (!includeDrafts)
        {
            sections = WithoutDrafts(sections);
            redirects = redirects.Where(redirect => sections.Any(section => section.Articles.Any(article => article.Url == redirect.Value)))
                .ToDictionary(StringComparer.Ordinal);
        }

        return new ContentSnapshot(site, sections, redirects, diagnostics, Version(fingerprint));
    }

    private static void ReportLooseArticles(string contentFolder, List<ContentDiagnostic> diagnostics)
    {
        foreach (var root in Directory.EnumerateFiles(contentFolder, "*.md").Order(StringComparer.Ordinal))
        {
            if (!ContentPaths.IsEditorsGuide(contentFolder, root))
            {
                diagnostics.Add(new(ContentPaths.ForDisplay(contentFolder, root), 1, 1, DiagnosticSeverity.Warning,
                    "articles belong in a section folder; this file is not published"));
            }
        }
    }

    private SiteSettings LoadSite(string contentFolder, ContentSnapshot? previous, List<ContentDiagnostic> diagnostics, IncrementalHash fingerprint)
    {
        var path = Path.Combine(contentFolder, ContentPaths.SiteSettingsFile);
        var display = ContentPaths.ForDisplay(contentFolder, path);
        if (!File.Exists(path))
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error, previous is null
                ? $"{ContentPaths.SiteSettingsFile} is missing; the site name and the urgent-help numbers come from it, so defaults are used"
                : $"{ContentPaths.SiteSettingsFile} is missing; the site name and the urgent-help numbers come from it, so the last good settings are kept"));
            return previous?.Site ?? new SiteSettings();
        }

        var text = ReadText(path, display, diagnostics);
        AddToFingerprint(fingerprint, display, MemoryMarshal.AsBytes((text ?? "").AsSpan()));

        // Site settings carry the urgent-help numbers every page shows: a save that loses them keeps the last good settings.
        var problems = new List<ContentDiagnostic>();
        SiteSettings? settings = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (text is not null)
            {
                ReportEmpty(display, problems);
            }
        }
        else
        {
            settings = ReadSettings<SiteSettings>(text, display, diagnostics);
            if (settings is not null && settings.UrgentHelp.Emergency.Count == 0)
            {
                problems.Add(new(display, 1, 1, DiagnosticSeverity.Error,
                    "urgent_help has no emergency numbers; every page must show at least one (emergency: - region: … number: …)"));
            }
        }

        diagnostics.AddRange(problems);
        if (settings is not null && (problems.Count == 0 || previous is null))
        {
            return settings;
        }

        if (previous is null)
        {
            return new SiteSettings();
        }

        diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning,
            "the last good site settings are still being used until the errors in this file are fixed"));
        return previous.Site;
    }

    private Section? LoadSection(
        string contentFolder, string folder, ContentSnapshot? previous, List<ContentDiagnostic> diagnostics, IncrementalHash fingerprint)
    {
        var folderName = Path.GetFileName(folder);
        var sectionFile = Path.Combine(folder, ContentPaths.SectionFile);
        var display = ContentPaths.ForDisplay(contentFolder, sectionFile);
        var previousSection = previous?.Sections.FirstOrDefault(section => section.SourcePath == display);
        List<string> files;
        try
        {
            files = [.. Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal)];
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Add(new(ContentPaths.ForDisplay(contentFolder, folder), 1, 1, DiagnosticSeverity.Error, previousSection is null
                ? "the folder could not be read: permission denied; nothing in it is published"
                : "the folder could not be read: permission denied; its last good pages are still being served"));
            return previousSection;
        }
        catch (IOException exception)
        {
            // The folder was renamed or deleted while being read; the rebuild that change triggers decides its fate.
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning, $"the folder could not be read ({exception.GetType().Name}); keeping what was there"));
            return previousSection;
        }

        SectionFrontMatter? settings = null;
        var broken = false;
        if (File.Exists(sectionFile))
        {
            var text = ReadText(sectionFile, display, diagnostics);
            AddToFingerprint(fingerprint, display, MemoryMarshal.AsBytes((text ?? "").AsSpan()));
            settings = text is null ? null : ReadSettings<SectionFrontMatter>(text, display, diagnostics);
            broken = settings is null;
            if (broken && previousSection is not null)
            {
                diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning,
                    "the last good settings of this section are still being used until the errors in this file are fixed"));
            }
        }
        else
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning,
                $"section folder '{folderName}' has no {ContentPaths.SectionFile}; its title comes from the folder name"));
        }

        var lastGood = broken ? previousSection : null;
        var slug = lastGood?.Slug ?? Slugs.FromName(settings?.Slug ?? folderName);
        if (slug.Length == 0)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error,
                $"the folder name '{folderName}' gives no URL (only letters a-z and digits 0-9 are kept, accents removed); set slug: in {ContentPaths.SectionFile}"));
            return null;
        }

        // Articles are read and parsed in parallel (each into its own findings), then gathered in
        // file order, so the diagnostics and the content version come out the same on every run.
        var loaded = new LoadedArticle[files.Count];
        Parallel.For(0, files.Count, index => loaded[index] = LoadArticle(contentFolder, files[index], slug, previous));
        var articles = new List<Article>();
        foreach (var (article, digest, articlePath, found) in loaded)
        {
            if (digest is not null)
            {
                AddToFingerprint(fingerprint, articlePath, digest);
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

        return new Section
        {
            Slug = slug,
            Title = settings?.Title ?? lastGood?.Title ?? TitleFromName(folderName),
            Description = settings?.Description ?? lastGood?.Description ?? "",
            Order = settings?.Order ?? lastGood?.Order ?? int.MaxValue,
            Articles = [.. articles.OrderBy(article => article.Order).ThenBy(article => article.Title, StringComparer.Ordinal)],
            SourcePath = display,
        };
    }

    /// <summary>
    /// Reads a settings file (site or section), or reuses what the same text gave last time: the
    /// site's settings are read on every rebuild, and YAML is the dearest part of reading them.
    /// </summary>
    private T? ReadSettings<T>(string text, string display, List<ContentDiagnostic> diagnostics)
        where T : class, new()
    {
        if (_settings.TryGetValue(display, out var known) && known.Text == text)
        {
            diagnostics.AddRange(known.Found);
            return (T?)known.Settings;
        }

        var found = new List<ContentDiagnostic>();
        var settings = frontMatter.Read<T>(text, 1, display, found);
        _settings[display] = (text, settings, found);
        diagnostics.AddRange(found);
        return settings;
    }

    private LoadedArticle LoadArticle(string contentFolder, string file, string sectionSlug, ContentSnapshot? previous)
    {
        var display = ContentPaths.ForDisplay(contentFolder, file);
        var diagnostics = new List<ContentDiagnostic>();

        // The section's URL may have changed in this same rebuild; the kept page moves with it.
        var lastGood = previous?.FindArticleFrom(display) is { } kept
            ? kept with { SectionSlug = sectionSlug }
            : null;
        var read = ReadArticle(file, display);
        diagnostics.AddRange(read.Diagnostics);
        var text = read.Text;
        var article = text is null ? null : SafeParse(text, display, sectionSlug, Path.GetFileNameWithoutExtension(file), diagnostics);
        if (article is null && lastGood is not null)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning,
                "the last good version of this page is still being served until the errors in this file are fixed"));
        }

        return new LoadedArticle(article ?? lastGood, text is null ? null : read.Digest, display, diagnostics);
    }

    /// <summary>One file's outcome: the article to serve (if any), the digest of the text read, and what was found.</summary>
    private readonly record struct LoadedArticle(Article? Article, byte[]? Digest, string Display, List<ContentDiagnostic> Diagnostics);

    /// <summary>Files changed this recently are always read: some file systems keep times only to the second or two.</summary>
    private static readonly TimeSpan _untrustedTimestampAge = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Reads an article file, or reuses the last read when the file's size and time have not moved.
    /// The size and time are taken before reading, so a save during the read shows as a change next time.
    /// Links, and files changed in the last few seconds, are always read afresh.
    /// </summary>
    private ReadArticleFile ReadArticle(string file, string display)
    {
        var info = new FileInfo(file);
        var generation = Interlocked.Read(ref _generation);
        var trustworthy = info.Exists
            && !info.Attributes.HasFlag(FileAttributes.ReparsePoint)
            && DateTime.UtcNow - info.LastWriteTimeUtc > _untrustedTimestampAge;
        if (trustworthy && _read.TryGetValue(display, out var known) && known.Length == info.Length && known.LastWriteUtc == info.LastWriteTimeUtc)
        {
            known.Generation = generation;
            return known;
        }

        var found = new List<ContentDiagnostic>();
        var text = ReadText(file, display, found);
        var digest = SHA256.HashData(MemoryMarshal.AsBytes((text ?? "").AsSpan()));
        var read = new ReadArticleFile(info.Exists ? info.Length : -1, info.Exists ? info.LastWriteTimeUtc : default, text, digest, found) { Generation = generation };
        _read[display] = read;
        return read;
    }

    /// <summary>
    /// Parses a file, or reuses what parsing the same text gave last time. One file's surprise
    /// (a parser bug, say) costs that file its update, not the whole rebuild.
    /// </summary>
    private Article? SafeParse(string text, string display, string sectionSlug, string fileName, List<ContentDiagnostic> diagnostics)
    {
        if (_parsed.TryGetValue(display, out var cached) && cached.Text == text && cached.SectionSlug == sectionSlug)
        {
            cached.Generation = Interlocked.Read(ref _generation);
            diagnostics.AddRange(cached.Diagnostics);
            return cached.Article;
        }

        var found = new List<ContentDiagnostic>();
        Article? article;
        try
        {
            article = Parse(text, display, sectionSlug, fileName, found);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            found.Add(new(display, 1, 1, DiagnosticSeverity.Error,
                $"the file could not be processed ({exception.GetType().Name}: {exception.Message}); please report this to the developers"));
            article = null;
        }

        _parsed[display] = new ParsedArticle(text, sectionSlug, article, found) { Generation = Interlocked.Read(ref _generation) };
        diagnostics.AddRange(found);
        return article;
    }

    private Article? Parse(string text, string display, string sectionSlug, string fileName, List<ContentDiagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            ReportEmpty(display, diagnostics);
            return null;
        }

        ContentGuard.WarnAboutInvisibleCharacters(text, display, diagnostics);
        if (ContentGuard.CheckMarkdown(text, display) is { } refused)
        {
            diagnostics.Add(refused);
            return null;
        }

        ParsedMarkdown parsed;
        try
        {
            parsed = renderer.Parse(text, display);
        }
        catch (ArgumentException exception)
        {
            // Markdig refuses more than 128 levels of nested brackets, emphasis or containers this way.
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error, $"the Markdown could not be rendered: {exception.Message}"));
            return null;
        }

        diagnostics.AddRange(parsed.Diagnostics);
        LanguageCheck.Run(text, display, diagnostics);
        if (parsed.FrontMatterYaml is null)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error, text.StartsWith("---", StringComparison.Ordinal)
                ? "the front matter has no closing '---' line; end it with '---' on a line of its own"
                : "no front matter; start the file with a '---' line, then title: and description:, then '---'"));
            return null;
        }

        // Unknown keys are reported but do not stop publishing; problems in this list do.
        var frontMatterDiagnostics = new List<ContentDiagnostic>();
        var yamlFirstLine = parsed.FrontMatterLine + 2;
        var fields = frontMatter.Read<ArticleFrontMatter>(parsed.FrontMatterYaml, yamlFirstLine, display, diagnostics);
        if (fields is not null)
        {
            RequireField(fields.Title, "title", display, parsed.FrontMatterLine + 1, frontMatterDiagnostics);
            RequireField(fields.Description, "description", display, parsed.FrontMatterLine + 1, frontMatterDiagnostics);
            CheckSources(fields, display, parsed.FrontMatterLine + 1, frontMatterDiagnostics);
            if (fields.LastReviewed is { } reviewed && fields.NextReview is { } next && next <= reviewed)
            {
                frontMatterDiagnostics.Add(new(display, parsed.FrontMatterLine + 1, 1, DiagnosticSeverity.Error,
                    $"next_review ({next:yyyy-MM-dd}) must be after last_reviewed ({reviewed:yyyy-MM-dd})"));
            }
        }

        diagnostics.AddRange(frontMatterDiagnostics);
        if (fields is null || frontMatterDiagnostics.Count > 0)
        {
            return null;
        }

        var slug = Slugs.FromName(fields.Slug ?? fileName);
        if (slug.Length == 0)
        {
            diagnostics.Add(new(display, parsed.FrontMatterLine + 1, 1, DiagnosticSeverity.Error,
                $"the file name '{fileName}' gives no URL (only letters a-z and digits 0-9 are kept, accents removed); set slug: in the front matter"));
            return null;
        }

        return new Article
        {
            SectionSlug = sectionSlug,
            Slug = slug,
            Title = fields.Title!.Trim(),
            Description = fields.Description!.Trim(),
            Order = fields.Order ?? int.MaxValue,
            LastReviewed = fields.LastReviewed,
            NextReview = fields.NextReview,
            Sources = [.. (fields.Sources ?? []).Select(source => new SourceLink(source.Title!.Trim(), source.Url!.Trim()))],
            Draft = fields.Draft,
            Aliases = fields.Aliases ?? [],
            AnchorAliases = fields.AnchorAliases ?? [],
            // Rendered from the same text on first use; Parse has already reported anything wrong with it.
            Body = new Lazy<string>(() => renderer.RenderHtml(text, display, fields.AnchorAliases)),
            Headings = parsed.Headings,
            SectionReader = () => renderer.ReadSections(text),
            Links = parsed.Links,
            SourcePath = display,
        };
    }

    private static void ReportEmpty(string display, List<ContentDiagnostic> diagnostics) =>
        diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error,
            "the file is empty; if a save went wrong, undo it or restore the file from version control"));

    private static void RequireField(string? value, string key, string display, int line, List<ContentDiagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            diagnostics.Add(new(display, line, 1, DiagnosticSeverity.Error, $"front matter is missing the required field '{key}'"));
        }
    }

    private static void CheckSources(ArticleFrontMatter fields, string display, int line, List<ContentDiagnostic> diagnostics)
    {
        foreach (var (source, index) in (fields.Sources ?? []).Select((source, index) => (source, index + 1)))
        {
            if (string.IsNullOrWhiteSpace(source.Title) || string.IsNullOrWhiteSpace(source.Url))
            {
                diagnostics.Add(new(display, line, 1, DiagnosticSeverity.Error, $"source {index} needs both a title and a url"));
            }
            else if (!Uri.TryCreate(source.Url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                diagnostics.Add(new(display, line, 1, DiagnosticSeverity.Error, $"source {index} url '{source.Url}' must be an absolute https:// address"));
            }
        }
    }

    /// <summary>Reads a whole file as strict UTF-8, or reports why it cannot be and returns null.</summary>
    internal static string? ReadText(string path, string display, List<ContentDiagnostic> diagnostics)
    {
        if (ContentGuard.CheckBeforeReading(path, display, out var isEmpty) is { } refused)
        {
            diagnostics.Add(refused);
            return null;
        }

        if (isEmpty)
        {
            return "";
        }

        byte[] bytes;
        int length;
        try
        {
            // bufferSize 1: no FileStream buffer, since the whole file is read into one array anyway.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            if (stream.Length > ContentPaths.MaxFileBytes)
            {
                diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error,
                    $"the file is {Megabytes(stream.Length)}, over the {Megabytes(ContentPaths.MaxFileBytes)} limit, so it was not read; split it into smaller articles"));
                return null;
            }

            // Sized for the file as it is now, plus one byte to notice growth; read no more than the
            // limit even if the file grows while it is being read. (A limit-sized buffer per file
            // made a site of 1,000 articles allocate and clear a gigabyte at every rebuild.)
            bytes = new byte[stream.Length + 1];
            length = 0;
            int read;
            while ((read = stream.Read(bytes, length, bytes.Length - length)) > 0)
            {
                length += read;
                if (length == bytes.Length)
                {
                    if (length > ContentPaths.MaxFileBytes)
                    {
                        break;
                    }

                    Array.Resize(ref bytes, (int)Math.Min((long)bytes.Length * 2, ContentPaths.MaxFileBytes + 1L));
                }
            }

            if (length > ContentPaths.MaxFileBytes)
            {
                diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error,
                    $"the file grew past the {Megabytes(ContentPaths.MaxFileBytes)} limit while being read, so it was not read"));
                return null;
            }
        }
        catch (FileNotFoundException)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning, "the file disappeared while it was being read (renamed or deleted during a save?)"));
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning, "the file's folder disappeared while it was being read (renamed or deleted during a save?)"));
            return null;
        }
        catch (IOException exception)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error, $"the file could not be read: {exception.Message}"));
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error, "the file could not be read: permission denied"));
            return null;
        }

        try
        {
            return _strictUtf8.GetString(bytes, 0, length).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException exception)
        {
            var index = Math.Clamp(exception.Index, 0, length - 1);
            var line = 1 + bytes.AsSpan(0, index).Count((byte)'\n');
            var lineStart = bytes.AsSpan(0, index).LastIndexOf((byte)'\n') + 1;
            var column = 1 + Encoding.UTF8.GetCharCount(bytes, lineStart, index - lineStart);
            diagnostics.Add(new(display, line, column, DiagnosticSeverity.Error,
                $"the file is not valid UTF-8 text (byte 0x{bytes[index]:X2} here); save it with UTF-8 encoding"));
            return null;
        }
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";

    /// <summary>
    /// Two files must not claim one URL. The one already being served keeps it (so a new file cannot
    /// take over a live page), then the one whose URL comes from its own name rather than a <c>slug:</c>,
    /// then the first by path. The others are reported and left out.
    /// </summary>
    private static List<Section> WithoutDuplicateUrls(List<Section> sections, ContentSnapshot? previous, List<ContentDiagnostic> diagnostics)
    {
        static T Keeper<T>(IEnumerable<T> claimants, string slug, Func<T, string> path, Func<string, string> name, Func<string, bool> wasServed) =>
            claimants
                .OrderBy(claimant => wasServed(path(claimant)) ? 0 : 1)
                .ThenBy(claimant => Slugs.FromName(name(path(claimant))) == slug ? 0 : 1)
                .ThenBy(path, StringComparer.Ordinal)
                .First();

        // Almost always nothing clashes; only then is it worth grouping and ranking claimants.
        if (sections.Select(section => section.Slug).Distinct(StringComparer.Ordinal).Count() == sections.Count
            && sections.All(section => HasUniqueSlugs(section.Articles)))
        {
            return sections;
        }

        var kept = new List<Section>();
        foreach (var group in sections.GroupBy(section => section.Slug))
        {
            var keeper = Keeper(group, group.Key, section => section.SourcePath, path => Path.GetFileName(Path.GetDirectoryName(path)) ?? "",
                path => previous?.FindSection(group.Key)?.SourcePath == path);
            foreach (var duplicate in group.Where(section => section != keeper))
            {
                diagnostics.Add(new(duplicate.SourcePath, 1, 1, DiagnosticSeverity.Error,
                    $"the URL {duplicate.Url} is already used by the section in {Path.GetDirectoryName(keeper.SourcePath)!.Replace('\\', '/')}; rename the folder or set a different slug"));
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

    private static Dictionary<string, string> BuildRedirects(List<Section> sections, List<ContentDiagnostic> diagnostics)
    {
        var pages = sections.SelectMany(section => section.Articles.Select(article => article.Url).Prepend(section.Url)).Prepend("/").ToHashSet(StringComparer.Ordinal);
        var redirects = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in sections.SelectMany(section => section.Articles))
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

    private static void CheckSite(
        SiteSettings site, string contentFolder, List<Section> sections, Dictionary<string, string> redirects, List<ContentDiagnostic> diagnostics)
    {
        var page = site.UrgentHelp.Page;
        var resolved = redirects.GetValueOrDefault(page) ?? page;
        if (!sections.Any(section => section.Url == resolved || section.Articles.Any(article => article.Url == resolved && !article.Draft)))
        {
            diagnostics.Add(new(ContentPaths.ForDisplay(contentFolder, Path.Combine(contentFolder, ContentPaths.SiteSettingsFile)), 1, 1, DiagnosticSeverity.Error,
                $"urgent_help page {page} is not a published page; every page links to it"));
        }
    }

    private static List<Section> WithoutDrafts(List<Section> sections) =>
        [.. sections
            .Select(section => section with { Articles = [.. section.Articles.Where(article => !article.Draft)] })
            .Where(section => section.Articles.Count > 0)];

    private static string TitleFromName(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' ').Replace('_', ' ');

    /// <summary>
    /// Adds a file's name and content (its text as read, UTF-16 with no copy, or for articles the
    /// digest kept with the read) to the content version.
    /// </summary>
    private static void AddToFingerprint(IncrementalHash fingerprint, string display, ReadOnlySpan<byte> content)
    {
        fingerprint.AppendData(MemoryMarshal.AsBytes(display.AsSpan()));
        fingerprint.AppendData([0, 0]);
        fingerprint.AppendData(content);
        fingerprint.AppendData([0, 0]);
    }

    private static long Version(IncrementalHash fingerprint) =>
        BitConverter.ToInt64(fingerprint.GetHashAndReset(), 0) & long.MaxValue;
}
