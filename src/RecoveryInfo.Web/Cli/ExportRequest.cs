namespace RecoveryInfo.Web.Cli;

/// <summary>What <c>export</c> was asked to do, parsed from its command line.</summary>
/// <param name="OutputFolder">Where the static site goes.</param>
/// <param name="ContentPath">The content folder, when given with <c>--content</c>.</param>
/// <param name="SearchOrigin">Where search forms point, when given with <c>--search-origin</c>.</param>
/// <param name="HostArguments">Anything else, passed on to the site's configuration (e.g. <c>--Site:BaseUrl=…</c>).</param>
public sealed record ExportRequest(string OutputFolder, string? ContentPath, string? SearchOrigin, string[] HostArguments);
