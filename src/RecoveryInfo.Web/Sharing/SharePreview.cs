namespace RecoveryInfo.Web.Sharing;

/// <summary>What a share page's head tells link previews.</summary>
/// <param name="Url">The share URL itself (og:url), so a crawler does not swap in the page's own preview.</param>
/// <param name="Canonical">The page's URL for search engines; null on a discreet link, which names nothing.</param>
/// <param name="SiteName">null on a discreet link: a site's name can give the topic away.</param>
public sealed record SharePreview(
    string DocumentTitle, string Title, string Description, string Url, string? Canonical, string? SiteName, string Image, string ImageAlt);
