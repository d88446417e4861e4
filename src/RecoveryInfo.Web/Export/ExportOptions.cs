namespace RecoveryInfo.Web.Export;

/// <summary>Settings for the static export, bound from the <c>Export</c> configuration section.</summary>
public sealed class ExportOptions
{
    public const string SectionName = "Export";

    /// <summary>
    /// Where searches go from a static copy, such as <c>https://search.example</c> running the full
    /// site. Empty (the default) replaces the search form with a note, because a static host cannot search.
    /// </summary>
    public string SearchOrigin { get; set; } = "";
}
