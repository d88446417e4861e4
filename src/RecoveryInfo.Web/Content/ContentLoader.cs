using System.Security.Cryptography;
using System.Text;
using RecoveryInfo.Web.Sharing;

namespace RecoveryInfo.Web.Content;

/// <summary>
/// Reads the whole content folder into a new <see cref="ContentSnapshot"/>. A file that cannot be
/// read or validated keeps its last good version from <c>previous</c>, so a bad save never takes a page down.
/// </summary>
public sealed class ContentLoader(MarkdownRenderer renderer, FrontMatterReader frontMatter, TimeProvider clock)
{
    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public ContentSnapshot Load(string contentFolder, bool includeDrafts, ContentSnapshot? previous = null)
    {
        var diagnostics = new List<ContentDiagnostic>();
        var fingerprint = new StringBuilder();
        var site = LoadSite(contentFolder, previous, diagnostics, fingerprint);
        var sections = new List<Section>();

        foreach (var root in Directory.EnumerateFiles(contentFolder, "*.md").Order(StringComparer.Ordinal))
        {
            if (!ContentPaths.IsEditorsGuide(contentFolder, root))
            {
                diagnostics.Add(new(ContentPaths.ForDisplay(contentFolder, root), 1, 1, DiagnosticSeverity.Warning,
                    "articles belong in a section folder; this file is not published"));
            }
        }

        foreach (var folder in Directory.EnumerateDirectories(contentFolder).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(folder).StartsWith('.'))
            {
                continue;
            }

            if (LoadSection(contentFolder, folder, includeDrafts, previous, diagnostics, fingerprint) is { } section)
            {
                sections.Add(section);
            }
        }

        sections = [.. sections.OrderBy(section => section.Order).ThenBy(section => section.Title, StringComparer.Ordinal)];
        ReportDuplicateUrls(sections, diagnostics);
        sections = [.. sections.DistinctBy(section => section.Slug)];
        var redirects = BuildRedirects(sections, diagnostics);
        ArticleChecks.Run(sections, redirects, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), diagnostics);
        SectionLinkChecks.Run(contentFolder, sections, redirects, diagnostics);
        return new ContentSnapshot(site, sections, redirects, diagnostics, Version(fingerprint));
    }

    private SiteSettings LoadSite(string contentFolder, ContentSnapshot? previous, List<ContentDiagnostic> diagnostics, StringBuilder fingerprint)
    {
        var path = Path.Combine(contentFolder, ContentPaths.SiteSettingsFile);
        var display = ContentPaths.ForDisplay(contentFolder, path);
        if (!File.Exists(path))
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning, "no site settings file; using defaults"));
            return previous?.Site ?? new SiteSettings();
        }

        var text = ReadText(path, display, diagnostics);
        fingerprint.Append(display).Append('\0').Append(text);
        var settings = text is null ? null : frontMatter.Read<SiteSettings>(text, 1, display, diagnostics);
        return settings ?? previous?.Site ?? new SiteSettings();
    }

    private Section? LoadSection(
        string contentFolder, string folder, bool includeDrafts, ContentSnapshot? previous,
        List<ContentDiagnostic> diagnostics, StringBuilder fingerprint)
    {
        var folderName = Path.GetFileName(folder);
        var sectionFile = Path.Combine(folder, ContentPaths.SectionFile);
        var display = ContentPaths.ForDisplay(contentFolder, sectionFile);
        SectionFrontMatter? settings = null;
        if (File.Exists(sectionFile))
        {
            var text = ReadText(sectionFile, display, diagnostics);
            fingerprint.Append(display).Append('\0').Append(text);
            settings = text is null ? null : frontMatter.Read<SectionFrontMatter>(text, 1, display, diagnostics);
        }
        else
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning,
                $"section folder '{folderName}' has no {ContentPaths.SectionFile}; its title comes from the folder name"));
        }

        var slug = Slugs.FromName(settings?.Slug ?? folderName);
        var previousSection = previous?.FindSection(slug);
        var articles = new List<Article>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var article = LoadArticle(contentFolder, file, slug, previous, diagnostics, fingerprint);
            if (article is not null && (includeDrafts || !article.Draft))
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
            Title = settings?.Title ?? previousSection?.Title ?? TitleFromName(folderName),
            Description = settings?.Description ?? previousSection?.Description ?? "",
            Order = settings?.Order ?? previousSection?.Order ?? int.MaxValue,
            Articles = [.. articles.OrderBy(article => article.Order).ThenBy(article => article.Title, StringComparer.Ordinal)],
        };
    }

    private Article? LoadArticle(
        string contentFolder, string file, string sectionSlug, ContentSnapshot? previous,
        List<ContentDiagnostic> diagnostics, StringBuilder fingerprint)
    {
        var display = ContentPaths.ForDisplay(contentFolder, file);
        var lastGood = previous?.Articles.FirstOrDefault(article => article.SourcePath == display);
        var text = ReadText(file, display, diagnostics);
        if (text is null)
        {
            return lastGood;
        }

        fingerprint.Append(display).Append('\0').Append(text);
        var article = Parse(text, display, sectionSlug, Path.GetFileNameWithoutExtension(file), diagnostics);
        if (article is null)
        {
            if (lastGood is not null)
            {
                diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning,
                    "the last good version of this page is still being served until the errors above are fixed"));
            }

            return lastGood;
        }

        return article;
    }

    private Article? Parse(string text, string display, string sectionSlug, string fileName, List<ContentDiagnostic> diagnostics)
    {
        var rendered = renderer.Render(text, display);
        diagnostics.AddRange(rendered.Diagnostics);
        LanguageCheck.Run(text, display, diagnostics);
        if (rendered.FrontMatterYaml is null)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error,
                "no front matter; start the file with a '---' line, then title: and description:, then '---'"));
            return null;
        }

        // Unknown keys are reported but do not stop publishing; problems in this list do.
        var frontMatterDiagnostics = new List<ContentDiagnostic>();
        var yamlFirstLine = rendered.FrontMatterLine + 2;
        var fields = frontMatter.Read<ArticleFrontMatter>(rendered.FrontMatterYaml, yamlFirstLine, display, diagnostics);
        if (fields is not null)
        {
            RequireField(fields.Title, "title", display, rendered.FrontMatterLine + 1, frontMatterDiagnostics);
            RequireField(fields.Description, "description", display, rendered.FrontMatterLine + 1, frontMatterDiagnostics);
            CheckSources(fields, display, rendered.FrontMatterLine + 1, frontMatterDiagnostics);
            if (fields.LastReviewed is { } reviewed && fields.NextReview is { } next && next <= reviewed)
            {
                frontMatterDiagnostics.Add(new(display, rendered.FrontMatterLine + 1, 1, DiagnosticSeverity.Error,
                    $"next_review ({next:yyyy-MM-dd}) must be after last_reviewed ({reviewed:yyyy-MM-dd})"));
            }
        }

        diagnostics.AddRange(frontMatterDiagnostics);
        if (fields is null || frontMatterDiagnostics.Count > 0)
        {
            return null;
        }

        return new Article
        {
            SectionSlug = sectionSlug,
            Slug = Slugs.FromName(fields.Slug ?? fileName),
            Title = fields.Title!.Trim(),
            Description = fields.Description!.Trim(),
            Order = fields.Order ?? int.MaxValue,
            LastReviewed = fields.LastReviewed,
            NextReview = fields.NextReview,
            Sources = [.. (fields.Sources ?? []).Select(source => new SourceLink(source.Title!.Trim(), source.Url!.Trim()))],
            Draft = fields.Draft,
            Aliases = fields.Aliases ?? [],
            AnchorAliases = fields.AnchorAliases ?? [],
            // anchor_aliases are only known once the front matter is read, so the few pages that have
            // them are rendered again with their old ids in place.
            Html = fields.AnchorAliases is { Count: > 0 } anchorAliases ? renderer.Render(text, display, anchorAliases).Html : rendered.Html,
            Headings = rendered.Headings,
            PlainText = rendered.PlainText,
            Sections = rendered.Sections,
            Links = rendered.Links,
            SourcePath = display,
        };
    }

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

    private static string? ReadText(string path, string display, List<ContentDiagnostic> diagnostics)
    {
        try
        {
            return _strictUtf8.GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException exception)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error, $"the file is not valid UTF-8 text (bad byte at index {exception.Index}); save it as UTF-8"));
        }
        catch (IOException exception)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error, $"the file could not be read: {exception.Message}"));
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error, "the file could not be read: permission denied"));
        }

        return null;
    }

    private static void ReportDuplicateUrls(List<Section> sections, List<ContentDiagnostic> diagnostics)
    {
        foreach (var group in sections.GroupBy(section => section.Slug).Where(group => group.Count() > 1))
        {
            diagnostics.Add(new($"content/{group.Key}", 1, 1, DiagnosticSeverity.Error,
                $"{group.Count()} section folders share the URL /{group.Key}; only the first is published"));
        }

        foreach (var section in sections)
        {
            foreach (var group in section.Articles.GroupBy(article => article.Slug).Where(group => group.Count() > 1))
            {
                foreach (var duplicate in group.Skip(1))
                {
                    diagnostics.Add(new(duplicate.SourcePath, 1, 1, DiagnosticSeverity.Error,
                        $"the URL {duplicate.Url} is already used by {group.First().SourcePath}; set a different slug"));
                }
            }
        }
    }

    private static Dictionary<string, string> BuildRedirects(List<Section> sections, List<ContentDiagnostic> diagnostics)
    {
        var pages = sections.SelectMany(section => section.Articles.Select(article => article.Url).Prepend(section.Url)).ToHashSet(StringComparer.Ordinal);
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

    private static string TitleFromName(string name) =>
        name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..].Replace('-', ' ').Replace('_', ' ');

    private static long Version(StringBuilder fingerprint) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint.ToString())), 0) & long.MaxValue;
}
