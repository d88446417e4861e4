using RecoveryInfo.Web.Content.Readability;

namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>What reading one Markdown file tells the site, short of its HTML (see <see cref="MarkdownRenderer.RenderHtml"/>).</summary>
public sealed record ParsedMarkdown(
    string? FrontMatterYaml,
    int FrontMatterLine,
    IReadOnlyList<ArticleHeading> Headings,
    IReadOnlyList<MarkdownLink> Links,
    IReadOnlyList<ContentDiagnostic> Diagnostics,
    ArticleReadability Readability)
{
    /// <summary>The ids of the glossary terms the page uses (and explains), in order of first use.</summary>
    public IReadOnlyList<string> GlossaryTerms { get; init; } = [];
}
