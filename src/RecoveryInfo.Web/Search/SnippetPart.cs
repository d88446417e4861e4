namespace RecoveryInfo.Web.Search;

/// <summary>A run of snippet text, and whether it is one of the words searched for.</summary>
public sealed record SnippetPart(string Text, bool Matched);
