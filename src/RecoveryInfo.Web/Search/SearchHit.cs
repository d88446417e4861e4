namespace RecoveryInfo.Web.Search;

/// <summary>One matching section: where it is, and the words around the match as plain text.</summary>
public sealed record SearchHit(string Url, string TopicTitle, string ArticleTitle, string SectionHeading, Snippet Snippet);
