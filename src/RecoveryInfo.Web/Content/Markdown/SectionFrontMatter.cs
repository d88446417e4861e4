namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>A section folder's <c>_section.yml</c>.</summary>
public sealed class SectionFrontMatter
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public int? Order { get; set; }
    public string? Slug { get; set; }
}
