namespace RecoveryInfo.Web.Content;

public sealed record Topic
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public int Order { get; init; }
    public IReadOnlyList<Article> Articles { get; init; } = [];

    /// <summary>The topic's settings file for display (e.g. <c>content/treatment/_topic.yml</c>), whether or not it exists.</summary>
    public string SourcePath { get; init; } = "";

    public string Url => $"/{Slug}";
}
