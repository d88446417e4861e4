namespace RecoveryInfo.Web.Search;

/// <summary>
/// One page that matches: where it is, what it says about itself (its introduction's words around
/// the match, or its description) and up to three of its sections whose own words match.
/// </summary>
public sealed record SearchHit(string Url, string TopicTitle, string ArticleTitle, Snippet Snippet, IReadOnlyList<SectionHit> Sections);
