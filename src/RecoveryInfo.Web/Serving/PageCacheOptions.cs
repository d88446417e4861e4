using System.Globalization;

namespace RecoveryInfo.Web.Serving;

/// <summary>
/// How long shared caches (nginx, a CDN) and browsers may keep a page, bound from the <c>Caching</c>
/// configuration section. The operator chooses the bound within which an edit reaches every reader.
/// </summary>
public sealed class PageCacheOptions
{
    public const string SectionName = "Caching";

    /// <summary>
    /// Seconds a page may be served from a cache without asking the site. 0 (the default) sends
    /// <c>no-cache</c>: every reader sees an edit at once, and caches must revalidate each time.
    /// </summary>
    public int PageMaxAgeSeconds { get; set; }

    /// <summary>Seconds past max-age a cache may serve the old page while it fetches the new one in the background.</summary>
    public int StaleWhileRevalidateSeconds { get; set; } = 30;

    /// <summary>Seconds past max-age a cache may serve the old page when every replica is failing.</summary>
    public int StaleIfErrorSeconds { get; set; } = 86400;

    /// <summary>The <c>Cache-Control</c> value for a page.</summary>
    public string CacheControl() =>
        PageMaxAgeSeconds == 0
            ? "no-cache"
            : string.Create(CultureInfo.InvariantCulture,
                $"public, max-age={PageMaxAgeSeconds}, stale-while-revalidate={StaleWhileRevalidateSeconds}, stale-if-error={StaleIfErrorSeconds}");
}
