namespace RecoveryInfo.Web.Content;

/// <summary>A "Page updated" note: when the page's information changed and what changed, with the file line it was written on.</summary>
public sealed record PageChange(DateOnly Date, string Summary, int Line);
