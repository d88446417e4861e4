namespace RecoveryInfo.Web.Content.Markdown;

public sealed class SourceFrontMatter
{
    public string? Title { get; set; }
    public string? Url { get; set; }
}
