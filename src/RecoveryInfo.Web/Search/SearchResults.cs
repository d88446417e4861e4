namespace RecoveryInfo.Web.Search;

/// <summary>
/// The best hits for one search and how many sections matched in all. When no section has every
/// word, <see cref="MatchedAllWords"/> is false and the hits are sections with some of them.
/// </summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int TotalHits, bool MatchedAllWords)
{
    /// <summary>Indexed words that were also searched for because a typed word was not found ("withdrawal" for "withdrawl").</summary>
    public IReadOnlyList<string> NearSpellings { get; init; } = [];

    public static SearchResults None { get; } = new([], 0, MatchedAllWords: false);
}
