namespace RecoveryInfo.Web.Content;

public sealed record Section
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public int Order { get; init; }
    public IReadOnlyList<Article> Articles { get; init; } = [];

    public string Url => $"/{Slug}";
}
