namespace RecoveryInfo.Web.Search;

/// <summary>What a search asks for, read from the reader's words (<see cref="QueryReader"/>).</summary>
internal sealed record SearchQuery(IReadOnlyList<QueryWord> Words, string? CorrectedText)
{
    /// <summary>One bit per word (there are at most 64), set for the words a page must hold.</summary>
    public ulong Required { get; } = Words.Select((word, index) => word.Required ? 1UL << index : 0).Aggregate(0UL, (all, bit) => all | bit);
}
