namespace RecoveryInfo.Web.Content.Synonyms;

/// <summary>
/// Words and short phrases that mean the same to a reader ("pee", "urine", "wee"), from one line of
/// <c>content/synonyms.yml</c>: a search for any of them also finds the others. Each is lower case,
/// with single spaces between its words.
/// </summary>
public sealed record SynonymGroup(IReadOnlyList<string> Words, int Line);
