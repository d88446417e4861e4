namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>The YAML front matter of an article, as editors write it (snake_case keys).</summary>
public sealed class ArticleFrontMatter
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public int? Order { get; set; }
    public DateOnly? LastReviewed { get; set; }
    public DateOnly? NextReview { get; set; }
    public List<SourceFrontMatter>? Sources { get; set; }
    public bool Draft { get; set; }
    public string? PublishOn { get; set; }
    public string? ExpireOn { get; set; }
    public List<string>? Aliases { get; set; }
    public Dictionary<string, string>? AnchorAliases { get; set; }
    public string? Slug { get; set; }
    public string? Owner { get; set; }
    public List<ChangeFrontMatter>? Changes { get; set; }

    /// <summary>Section ids (or <c>introduction</c>) whose reading level the editors accept above the threshold.</summary>
    public List<string>? ReadabilityAccepted { get; set; }

    /// <summary>Glossary terms not to explain on this page.</summary>
    public List<string>? GlossaryOff { get; set; }
}
