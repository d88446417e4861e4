namespace RecoveryInfo.Web.Content;

/// <summary>One published article: front matter, rendered body and headings, ready to serve.</summary>
public sealed record Article
{
    public required string SectionSlug { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public int Order { get; init; }
    public DateOnly? LastReviewed { get; init; }
    public DateOnly? NextReview { get; init; }
    public IReadOnlyList<SourceLink> Sources { get; init; } = [];
    public bool Draft { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyDictionary<string, string> AnchorAliases { get; init; } = new Dictionary<string, string>();
    public required string Html { get; init; }
    public IReadOnlyList<ArticleHeading> Headings { get; init; } = [];
    public required string PlainText { get; init; }

    /// <summary>The introduction, then each h2 section, as plain text; what search indexes.</summary>
    public IReadOnlyList<ArticleSection> Sections { get; init; } = [];

    public IReadOnlyList<MarkdownLink> Links { get; init; } = [];

    /// <summary>The file the article came from, relative for display (e.g. <c>content/treatment/detox.md</c>).</summary>
    public required string SourcePath { get; init; }

    public string Url => $"/{SectionSlug}/{Slug}";

    public IEnumerable<ArticleHeading> Contents => Headings.Where(heading => heading.Level == 2);
}
