namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>A topic folder's <c>_topic.yml</c>.</summary>
public sealed class TopicFrontMatter
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public int? Order { get; set; }
    public string? Slug { get; set; }
}
