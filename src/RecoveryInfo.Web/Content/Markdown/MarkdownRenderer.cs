using System.Text;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RecoveryInfo.Web.Content.Glossary;
using RecoveryInfo.Web.Content.Markdown.Callouts;
using RecoveryInfo.Web.Content.Markdown.Glossary;
using RecoveryInfo.Web.Content.Markdown.Permalinks;

namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>
/// Turns one Markdown file into safe HTML plus the facts the site needs about it. Holds the one
/// Markdig pipeline, built once; Markdig pipelines are safe to share between threads.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseGenericAttributes()
        .UsePipeTables()
        .UseCustomContainers()
        .Use<CalloutExtension>()
        .Use<PermalinkExtension>()
        .Use<GlossaryExtension>()
        .DisableHtml()
        .Build();

    /// <summary>
    /// Reads one file for what the site needs to know without its HTML: front matter, headings,
    /// links and problems. The HTML is rendered later, by <see cref="RenderHtml"/>, when a
    /// page first needs it, so starting a large site does not render pages nobody has asked for.
    /// </summary>
    /// <param name="markdown">The whole file, front matter included.</param>
    /// <param name="displayPath">The file, for diagnostics.</param>
    /// <param name="glossary">The terms to look for; the page's first use of each is recorded (before <c>glossary_off</c>, which is in the front matter).</param>
    /// <exception cref="ArgumentException">The text nests deeper than Markdig (or <see cref="MaxNesting"/>) allows.</exception>
    public ParsedMarkdown Parse(string markdown, string displayPath, GlossaryTerms? glossary = null)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        var diagnostics = new List<ContentDiagnostic>();

        // The HTML is rendered later, on a reader's request, where a failure would be a server error:
        // refuse now what the HTML renderer would refuse then (it recurses once per nesting level).
        var nodes = Nodes(document, out var nesting);
        if (nesting > MaxNesting)
        {
            throw new ArgumentException($"emphasis, links, lists or quotes are nested more than {MaxNesting} levels deep");
        }

        var frontMatter = nodes.OfType<YamlFrontMatterBlock>().FirstOrDefault();
        string? yaml = null;
        var frontMatterLine = 0;
        if (frontMatter is not null)
        {
            yaml = frontMatter.Lines.ToString();
            frontMatterLine = frontMatter.Line;
            frontMatter.Parent?.Remove(frontMatter);
        }

        var links = Neutralise(nodes, displayPath, diagnostics);
        var headings = CollectHeadings(nodes, displayPath, diagnostics);
        CalloutChecks.Check(nodes, displayPath, diagnostics);
        PhoneNumberCheck.Check(nodes, displayPath, diagnostics);

        var readability = ProseReader.Measure(document);
        var terms = GlossaryMarker.Mark(document, glossary ?? GlossaryTerms.Empty, []);
        return new ParsedMarkdown(yaml, frontMatterLine, headings, links, diagnostics, readability) { GlossaryTerms = terms };
    }

    /// <summary>
    /// The introduction and each h2 section as plain text, for search. Worked out when the search
    /// index first needs it rather than at load, which would put it in the way of start-up.
    /// </summary>
    /// <param name="markdown">The whole file, front matter included.</param>
    public IReadOnlyList<ArticleSection> ReadSections(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        if (document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } frontMatter)
        {
            frontMatter.Parent?.Remove(frontMatter);
        }

        return ArticleSections.Split(document);
    }

    /// <summary>The first sentences under each h2–h4, by heading id, for link previews of a section.</summary>
    /// <param name="markdown">The whole file, front matter included.</param>
    public IReadOnlyDictionary<string, string> ReadSectionLeads(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        if (document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } frontMatter)
        {
            frontMatter.Parent?.Remove(frontMatter);
        }

        return SectionLeads.Of(document);
    }

    /// <summary>Deeper than any real page, and shallower than Markdig's renderer allows (128).</summary>
    public const int MaxNesting = 100;

    /// <summary>
    /// Every block and inline in document order, and how deeply they nest, in one walk without
    /// recursion (Markdig's <c>Descendants</c> nests an iterator per level), so every check shares one walk.
    /// </summary>
    private static List<MarkdownObject> Nodes(MarkdownDocument document, out int deepest)
    {
        var nodes = new List<MarkdownObject>();
        var children = new List<MarkdownObject>();
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        deepest = 0;
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            nodes.Add(node);
            deepest = Math.Max(deepest, depth);
            children.Clear();
            switch (node)
            {
                case ContainerBlock container:
                    children.AddRange(container);
                    break;
                case LeafBlock { Inline: { } inline }:
                    children.Add(inline);
                    break;
                case ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    {
                        children.Add(child);
                    }

                    break;
                default:
                    break;
            }

            // Pushed last to first, so they come off the stack in document order.
            for (var index = children.Count - 1; index >= 0; index--)
            {
                pending.Push((children[index], depth + 1));
            }
        }

        // The document itself is not one of its descendants.
        nodes.RemoveAt(0);
        return nodes;
    }

    /// <summary>The file's body as safe HTML; the same file always gives the same HTML.</summary>
    /// <param name="markdown">The whole file, front matter included.</param>
    /// <param name="displayPath">The file, for diagnostics (already reported by <see cref="Parse"/>).</param>
    /// <param name="anchorAliases">The article's <c>anchor_aliases</c> (old id → current id), kept as link targets.</param>
    /// <param name="glossary">The terms whose first use on the page opens a definition.</param>
    /// <param name="glossaryOff">Terms the page's <c>glossary_off</c> turns off.</param>
    /// <param name="pageUrl">The article's URL, so its terms do not link back to it.</param>
    /// <param name="pageTitle">The page's title, shown above a section a shared link lands on.</param>
    public string RenderHtml(
        string markdown, string displayPath, IReadOnlyDictionary<string, string>? anchorAliases = null, GlossaryTerms? glossary = null,
        IReadOnlyList<string>? glossaryOff = null, string? pageUrl = null, string? pageTitle = null)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        document.SetData(PermalinkHeadingRenderer.PageTitleKey, pageTitle ?? "");
        if (document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } frontMatter)
        {
            frontMatter.Parent?.Remove(frontMatter);
        }

        var ignored = new List<ContentDiagnostic>();
        var nodes = Nodes(document, out _);
        Neutralise(nodes, displayPath, ignored);
        var headings = CollectHeadings(nodes, displayPath, ignored);
        KeepOldIds(document, headings, anchorAliases);
        GlossaryMarker.Mark(document, glossary ?? GlossaryTerms.Empty, glossaryOff ?? [], pageUrl);
        return document.ToHtml(_pipeline);
    }

    /// <summary>
    /// Markdig renders any URL scheme and lets <c>{attr=…}</c> add any attribute, even with raw HTML
    /// disabled, so unsafe links lose their link and every author-written attribute but id and class goes.
    /// </summary>
    private static List<MarkdownLink> Neutralise(List<MarkdownObject> nodes, string displayPath, List<ContentDiagnostic> diagnostics)
    {
        var links = new List<MarkdownLink>();
        foreach (var node in nodes)
        {
            node.TryGetAttributes()?.Properties?.Clear();

            switch (node)
            {
                case LinkInline link when !LinkSafety.IsAllowed(link.Url):
                    diagnostics.Add(new(displayPath, link.Line + 1, link.Column + 1, DiagnosticSeverity.Error,
                        $"the link target '{link.Url}' is not allowed; use an http, https, mailto, tel, sms or site link"));
                    Unwrap(link);
                    break;
                case LinkInline link:
                    links.Add(new(link.Url ?? "", link.Line + 1, link.Column + 1, link.IsImage, link.FirstChild is not null));
                    break;
                case AutolinkInline autolink when !LinkSafety.IsAllowed(autolink.Url):
                    diagnostics.Add(new(displayPath, autolink.Line + 1, autolink.Column + 1, DiagnosticSeverity.Error,
                        $"the link target '{autolink.Url}' is not allowed"));
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
                default:
                    break;
            }
        }

        return links;
    }

    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    private static List<ArticleHeading> CollectHeadings(List<MarkdownObject> nodes, string displayPath, List<ContentDiagnostic> diagnostics)
    {
        var headings = new List<ArticleHeading>();
        var previousLevel = 1;
        foreach (var heading in nodes.OfType<HeadingBlock>())
        {
            var text = InlineText.Of(heading.Inline);
            var line = heading.Line + 1;
            if (heading.Level == 1)
            {
                diagnostics.Add(new(displayPath, line, 1, DiagnosticSeverity.Error,
                    $"'# {text}' is a top-level heading; the title comes from front matter, so start sections with '##'"));
            }
            else if (heading.Level > previousLevel + 1)
            {
                diagnostics.Add(new(displayPath, line, 1, DiagnosticSeverity.Error,
                    $"heading '{text}' jumps from level {previousLevel} to {heading.Level}; use {new string('#', previousLevel + 1)}"));
            }

            previousLevel = heading.Level;
            var id = heading.GetAttributes().Id;
            if (!string.IsNullOrEmpty(id))
            {
                headings.Add(new ArticleHeading(heading.Level, id, text, line));
            }
        }

        return headings;
    }

    /// <summary>
    /// Marks each heading with the old ids that should still land on it. An old id that is also a current
    /// id, or whose target is missing, is left out (the content check reports both), so ids stay unique.
    /// </summary>
    private static void KeepOldIds(MarkdownDocument document, List<ArticleHeading> headings, IReadOnlyDictionary<string, string>? anchorAliases)
    {
        if (anchorAliases is not { Count: > 0 })
        {
            return;
        }

        var currentIds = headings.Select(heading => heading.Id).ToHashSet(StringComparer.Ordinal);
        var oldIdsByTarget = anchorAliases
            .Where(alias => !currentIds.Contains(alias.Key) && SectionIds.IsValid(alias.Key))
            .GroupBy(alias => alias.Value, alias => alias.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.TryGetAttributes()?.Id is { } id && oldIdsByTarget.Remove(id, out var oldIds))
            {
                heading.SetData(PermalinkHeadingRenderer.OldIdsKey, oldIds);
            }
        }
    }
}
