using RecoveryInfo.Web.Content.Readability;

namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>What reading one Markdown file tells the site, short of its HTML (see <see cref="MarkdownRenderer.RenderHtml"/>).</summary>
public sealed record ParsedMarkdown(
    string? FrontMatterYaml,
    int FrontMatterLine,
    IReadOnlyList<ArticleHeading> Headings,
    IReadOnlyList<MarkdownLink> Links,
    IReadOnlyList<ContentDiagnostic> Diagnostics,
    ArticleReadability Readability);
