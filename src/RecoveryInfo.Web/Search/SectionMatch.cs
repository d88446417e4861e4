namespace RecoveryInfo.Web.Search;

/// <summary>The words one section holds in its own heading and text, and its score for them.</summary>
internal sealed class SectionMatch(int document, int part)
{
    public int Document { get; } = document;

    /// <summary>0 for the introduction, then 1, 2… for each h2 section in order.</summary>
    public int Part { get; } = part;

    public bool IsIntroduction => Part == 0;

    public ulong Words { get; set; }

    public float Score { get; set; }
}
