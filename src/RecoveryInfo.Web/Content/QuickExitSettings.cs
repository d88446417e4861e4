namespace RecoveryInfo.Web.Content;

/// <summary>
/// The "Exit this page" control on every page: it hides the page and replaces it, in the same tab,
/// with a neutral site, for a reader who must leave in a hurry.
/// </summary>
public sealed class QuickExitSettings
{
    /// <summary>
    /// The same neutral page GOV.UK's "Exit this page" opens: ordinary to be seen on, and the same
    /// for everyone, so it gives away nothing about the reader.
    /// </summary>
    public const string DefaultUrl = "https://www.bbc.co.uk/weather";

    public const string DefaultLabel = "Exit this page";

    public const int MaxLabelLength = 40;

    public bool Enabled { get; set; } = true;
    public string Url { get; set; } = DefaultUrl;
    public string Label { get; set; } = DefaultLabel;

    /// <summary>The page about staying private that the control's help text links to; empty for none.</summary>
    public string HelpPage { get; set; } = "";

    /// <summary>True for an absolute https address with a host: anything else could keep the reader here or run script.</summary>
    public static bool IsSafeUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.Host.Length > 0
        && string.IsNullOrEmpty(uri.UserInfo)
        && url.Trim() == url;
}
