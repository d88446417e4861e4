using System.Collections.Concurrent;
using RecoveryInfo.Web.Content.Checks;
using RecoveryInfo.Web.Content.Files;
using RecoveryInfo.Web.Content.Glossary;

namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>
/// Turns one article file's text into an <see cref="Article"/>: front matter into typed fields, the
/// Markdown checked and its headings and links read. Unchanged text is not parsed again on the next
/// rebuild, and one file's surprise (a parser bug, say) costs that file its update, not the rebuild.
/// </summary>
public sealed class ArticleParser(MarkdownRenderer renderer, FrontMatterReader frontMatter)
{
    private readonly ConcurrentDictionary<string, ParsedArticle> _parsed = new(StringComparer.Ordinal);

    /// <summary>Parses a file, or reuses what parsing the same text gave last time; null when it cannot be published.</summary>
    /// <param name="glossary">The site's glossary: a new one means the page is rendered again, with its terms explained.</param>
    public Article? Parse(
        string text, string display, string topicSlug, string fileName, long generation, List<ContentDiagnostic> diagnostics, GlossaryTerms? glossary = null)
    {
        glossary ??= GlossaryTerms.Empty;
        if (_parsed.TryGetValue(display, out var cached) && cached.Text == text && cached.TopicSlug == topicSlug && ReferenceEquals(cached.Glossary, glossary))
        {
            cached.Generation = generation;
            diagnostics.AddRange(cached.Diagnostics);
            return cached.Article;
        }

        var found = new List<ContentDiagnostic>();
        Article? article;
        try
        {
            article = ParseText(text, display, topicSlug, fileName, glossary, found);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            found.Add(new(display, 1, 1, DiagnosticSeverity.Error,
                $"the file could not be processed ({exception.GetType().Name}: {exception.Message}); please report this to the developers"));
            article = null;
        }

        _parsed[display] = new ParsedArticle(text, topicSlug, article, found) { Generation = generation, Glossary = glossary };
        diagnostics.AddRange(found);
        return article;
    }

    /// <summary>Forgets files no rebuild since <paramref name="generation"/> has parsed: they are gone.</summary>
    public void DropUnused(long generation)
    {
        foreach (var (path, entry) in _parsed)
        {
            if (entry.Generation < generation)
            {
                _parsed.TryRemove(path, out _);
            }
        }
    }

    /// <summary>Reports an empty file, which is most often a save that went wrong.</summary>
    public static void ReportEmpty(string display, List<ContentDiagnostic> diagnostics) =>
        diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error,
            "the file is empty; if a save went wrong, undo it or restore the file from version control"));

    private Article? ParseText(string text, string display, string topicSlug, string fileName, GlossaryTerms glossary, List<ContentDiagnostic> diagnostics)
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
            parsed = renderer.Parse(text, display, glossary);
        }
        catch (ArgumentException exception)
        {
            // Markdig refuses more than 128 levels of nested brackets, emphasis or containers this way.
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error, $"the Markdown could not be rendered: {exception.Message}"));
            return null;
        }

        diagnostics.AddRange(parsed.Diagnostics);
        LanguageChecks.Run(text, display, diagnostics);
        if (parsed.FrontMatterYaml is null)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error, text.StartsWith("---", StringComparison.Ordinal)
                ? "the front matter has no closing '---' line; end it with '---' on a line of its own"
                : "no front matter; start the file with a '---' line, then title: and description:, then '---'"));
            return null;
        }

        // Unknown keys are reported but do not stop publishing; problems in this list do.
        var frontMatterDiagnostics = new List<ContentDiagnostic>();
        IReadOnlyList<PageChange> changes = [];
        DateTimeOffset? publishOn = null, expireOn = null;
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

            (publishOn, expireOn) = ReadPublishTimes(fields, parsed.FrontMatterYaml, yamlFirstLine, parsed.FrontMatterLine + 1, display, frontMatterDiagnostics);
            if (fields.Changes is { Count: > 0 } items)
            {
                changes = ChangeNotes.Read(items, parsed.FrontMatterYaml, yamlFirstLine, display, frontMatterDiagnostics);
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
            TopicSlug = topicSlug,
            Slug = slug,
            Title = fields.Title!.Trim(),
            Description = fields.Description!.Trim(),
            Order = fields.Order ?? int.MaxValue,
            LastReviewed = fields.LastReviewed,
            NextReview = fields.NextReview,
            NextReviewLine = FrontMatterLines.Of(parsed.FrontMatterYaml, yamlFirstLine, "next_review", parsed.FrontMatterLine + 1),
            Owner = string.IsNullOrWhiteSpace(fields.Owner) ? null : fields.Owner.Trim(),
            Sources = [.. (fields.Sources ?? []).Select(source => new SourceLink(source.Title!.Trim(), source.Url!.Trim()))],
            Changes = changes,
            Draft = fields.Draft,
            PublishOn = publishOn,
            ExpireOn = expireOn,
            Aliases = fields.Aliases ?? [],
            AnchorAliases = fields.AnchorAliases ?? [],
            // Rendered from the same text on first use; Parse has already reported anything wrong with it.
            Body = new Lazy<string>(() => renderer.RenderHtml(text, display, fields.AnchorAliases, glossary, fields.GlossaryOff, $"/{topicSlug}/{slug}", fields.Title!.Trim())),
            Headings = parsed.Headings,
            SectionReader = () => renderer.ReadSections(text),
            SectionLeadReader = () => renderer.ReadSectionLeads(text),
            Links = parsed.Links,
            SourcePath = display,
            Readability = parsed.Readability,
            ReadabilityAccepted = fields.ReadabilityAccepted ?? [],
            GlossaryTerms = [.. parsed.GlossaryTerms.Except((fields.GlossaryOff ?? []).Select(glossary.FindByName).OfType<GlossaryEntry>().Select(entry => entry.Id))],
            GlossaryOff = fields.GlossaryOff ?? [],
            GlossaryOffLine = FrontMatterLines.Of(parsed.FrontMatterYaml, yamlFirstLine, "glossary_off", parsed.FrontMatterLine + 1),
            ReadabilityAcceptedLine = FrontMatterLines.Of(parsed.FrontMatterYaml, yamlFirstLine, "readability_accepted", parsed.FrontMatterLine + 1),
        };
    }

    private static (DateTimeOffset? PublishOn, DateTimeOffset? ExpireOn) ReadPublishTimes(
        ArticleFrontMatter fields, string yaml, int yamlFirstLine, int fallbackLine, string display, List<ContentDiagnostic> diagnostics)
    {
        DateTimeOffset? Read(string? text, string key) => text is null ? null
            : PublishTimes.Read(text, key, FrontMatterLines.Of(yaml, yamlFirstLine, key, fallbackLine), display, diagnostics);

        var publishOn = Read(fields.PublishOn, "publish_on");
        var expireOn = Read(fields.ExpireOn, "expire_on");
        if (publishOn is { } opens && expireOn is { } closes && closes <= opens)
        {
            diagnostics.Add(new(display, FrontMatterLines.Of(yaml, yamlFirstLine, "expire_on", fallbackLine), 1, DiagnosticSeverity.Error,
                $"expire_on ({closes:yyyy-MM-dd'T'HH:mmzzz}) must be after publish_on ({opens:yyyy-MM-dd'T'HH:mmzzz}), or the page is never public"));
        }

        return (publishOn, expireOn);
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

}
