namespace RecoveryInfo.Web.Search;

/// <summary>
/// One page of results for a search, and how many pages of the site matched in all. When no page
/// has every word, <see cref="MatchedAllWords"/> is false and the results are pages with some of them.
/// </summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int TotalHits, bool MatchedAllWords)
{
    /// <summary>Which page of results this is (1 for the first) and how many there are; a page asked for past the end gives the last.</summary>
    public int PageNumber { get; init; } = 1;

    public int PageCount { get; init; } = 1;

    /// <summary>How many results come before this page of them.</summary>
    public int Skipped { get; init; }

    /// <summary>
    /// The search as it was run when a word was not found and the nearest word the pages use was
    /// searched instead ("withdrawal symptoms" for "withdrawl symptoms"); null when every word was searched as typed.
    /// </summary>
    public string? CorrectedText { get; init; }

    public static SearchResults None { get; } = new([], 0, MatchedAllWords: false);
}
