namespace RecoveryInfo.Web.Search;

/// <summary>
/// A section of a matching page whose own heading or text matches: its link (with the #anchor), its
/// heading and the words around the match, both with the matched words flagged.
/// </summary>
public sealed record SectionHit(string Url, Snippet Heading, Snippet Snippet);
