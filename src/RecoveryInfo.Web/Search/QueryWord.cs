namespace RecoveryInfo.Web.Search;

/// <summary>
/// One thing the reader asked for: a word, a word typed with a hyphen ("k-hole"), or several words
/// that form one synonym ("special k"). It matches any of its phrases: the words typed (or the
/// nearest spelling the pages use) at full weight, and the other words of its synonym group at less.
/// A page must hold every <see cref="Required"/> word; the others only add to its score.
/// </summary>
internal sealed record QueryWord(string Text, IReadOnlyList<(Phrase Phrase, float Weight)> Phrases, bool Required);
