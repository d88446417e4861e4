namespace RecoveryInfo.Web.Content;

public sealed record SourceLink(string Title, string Url);
