namespace RecoveryInfo.Web.Content;

public sealed class SourceFrontMatter
{
    public string? Title { get; set; }
    public string? Url { get; set; }
}
