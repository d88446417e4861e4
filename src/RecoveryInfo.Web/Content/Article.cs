using RecoveryInfo.Web.Content.Readability;

namespace RecoveryInfo.Web.Content;

/// <summary>One published article: front matter, rendered body and headings, ready to serve.</summary>
public sealed record Article
{
    public required string TopicSlug
    {
        get;
        init
        {
            field = value;
            Url = $"/{value}/{Slug}";
        }
    }

    public required string Slug
    {
        get;
        init
        {
            field = value;
            Url = $"/{TopicSlug}/{value}";
        }
    }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public int Order { get; init; }
    public DateOnly? LastReviewed { get; init; }
    public DateOnly? NextReview { get; init; }

    /// <summary>The file line of <c>next_review</c> (or of the front matter without one), where review reports point.</summary>
    public int NextReviewLine { get; init; } = 1;

    /// <summary>Who looks after the page, a team or role (<c>owner</c>): for editors' review lists, never shown to readers.</summary>
    public string? Owner { get; init; }
    public IReadOnlyList<SourceLink> Sources { get; init; } = [];

    /// <summary>"Page updated" notes (<c>changes:</c>), newest first. A review alone adds none.</summary>
    public IReadOnlyList<PageChange> Changes { get; init; } = [];

    public PageChange? LatestChange => Changes.Count > 0 ? Changes[0] : null;
    public bool Draft { get; init; }

    /// <summary>When the page goes public (<c>publish_on</c>); before then it is treated as a draft.</summary>
    public DateTimeOffset? PublishOn { get; init; }

    /// <summary>When the page stops being public (<c>expire_on</c>); from then the public site answers 410 Gone.</summary>
    public DateTimeOffset? ExpireOn { get; init; }

    /// <summary>
    /// Whether the public site shows the page at <paramref name="now"/>. The times come from the
    /// content, so every replica that agrees on the time agrees on the answer.
    /// </summary>
    public PageStatus StatusAt(DateTimeOffset now) =>
        Draft ? PageStatus.Draft
        : PublishOn > now ? PageStatus.Scheduled
        : ExpireOn <= now ? PageStatus.Expired
        : PageStatus.Published;

    public bool IsPublishedAt(DateTimeOffset now) => StatusAt(now) == PageStatus.Published;
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyDictionary<string, string> AnchorAliases { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The body as HTML, rendered the first time a page asks for it and then kept. A site of a
    /// thousand articles starts without rendering any of them; readers' first visits pay about a
    /// millisecond each, once per content version (the page cache keeps the finished page).
    /// </summary>
    public required Lazy<string> Body { get; init; }

    public string Html => Body.Value;

    public IReadOnlyList<ArticleHeading> Headings { get; init; } = [];

    /// <summary>Works out the article's sections as plain text from its Markdown; see <see cref="ReadSections"/>.</summary>
    public required Func<IReadOnlyList<ArticleSection>> SectionReader { get; init; }

    /// <summary>
    /// The introduction, then each h2 section, as plain text: what search indexes. Worked out on each
    /// call and not kept, because only the search index needs it, once per changed article, and the
    /// index stores its own copy.
    /// </summary>
    public IReadOnlyList<ArticleSection> ReadSections() => SectionReader();

    /// <summary>Works out the first sentences under each h2–h4, by heading id, from the Markdown: what a section's link preview says.</summary>
    public Func<IReadOnlyDictionary<string, string>> SectionLeadReader { get; init; } = () => new Dictionary<string, string>();

    public IReadOnlyList<MarkdownLink> Links { get; init; } = [];

    /// <summary>Every section's heading and text in order: the words of the article as a reader sees them.</summary>
    public string ReadPlainText() => string.Join('\n', ReadSections().Select(section => section.IsIntroduction ? section.PlainText : $"{section.HeadingText}\n{section.PlainText}"));

    /// <summary>The file the article came from, relative for display (e.g. <c>content/treatment/detox.md</c>).</summary>
    public required string SourcePath { get; init; }

    /// <summary>
    /// Worked out when either slug is set (including by <c>with</c>), not on every read: the
    /// whole-site checks look URLs up tens of thousands of times per rebuild.
    /// </summary>
    public string Url { get; private init; } = "";

    /// <summary>The reading level of the article's prose, section by section.</summary>
    public ArticleReadability Readability { get; init; } = ArticleReadability.Empty;

    /// <summary>Sections (ids, or <c>introduction</c>) whose reading level editors accept above the threshold (<c>readability_accepted</c>).</summary>
    public IReadOnlyList<string> ReadabilityAccepted { get; init; } = [];

    /// <summary>The file line of <c>readability_accepted</c>, where a stale entry is reported.</summary>
    public int ReadabilityAcceptedLine { get; init; } = 1;

    /// <summary>The glossary terms the page explains where it first uses them (ids, in order of use).</summary>
    public IReadOnlyList<string> GlossaryTerms { get; init; } = [];

    /// <summary>Terms the editors turned off on this page (<c>glossary_off</c>), as written.</summary>
    public IReadOnlyList<string> GlossaryOff { get; init; } = [];

    /// <summary>The file line of <c>glossary_off</c>, where an unknown term is reported.</summary>
    public int GlossaryOffLine { get; init; } = 1;

    public IEnumerable<ArticleHeading> Contents => Headings.Where(heading => heading.Level == 2);
}
