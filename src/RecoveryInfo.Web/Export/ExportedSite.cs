namespace RecoveryInfo.Web.Export;

/// <summary>
/// The whole static site held in memory before anything touches the disk, so an export that finds
/// a problem writes nothing. Paths are relative, with <c>/</c> separators.
/// </summary>
public sealed record ExportedSite(
    IReadOnlyDictionary<string, byte[]> Files,
    IReadOnlyDictionary<string, string> Redirects,
    IReadOnlyList<string> Errors)
{
    public const string RedirectsFile = "_redirects";
    public const string NotFoundFile = "404.html";
}
