namespace RecoveryInfo.Web.Serving;

/// <summary>
/// The site's public address, bound from the <c>Site</c> configuration section. Absolute URLs
/// (canonical links, previews, the sitemap) come from here, never from the request's Host header,
/// which a client controls.
/// </summary>
public sealed class SiteOptions
{
    public const string SectionName = "Site";

    /// <summary>Scheme and host the public reaches the site at, such as <c>https://recovery.example</c>.</summary>
    public string BaseUrl { get; set; } = "";
}
