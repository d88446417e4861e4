namespace RecoveryInfo.Web.Content;

public sealed record RenderedMarkdown(
    string? FrontMatterYaml,
    int FrontMatterLine,
    string Html,
    IReadOnlyList<ArticleHeading> Headings,
    string PlainText,
    IReadOnlyList<ArticleSection> Sections,
    IReadOnlyList<MarkdownLink> Links,
    IReadOnlyList<ContentDiagnostic> Diagnostics);
