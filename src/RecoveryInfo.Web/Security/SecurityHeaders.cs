namespace RecoveryInfo.Web.Security;

/// <summary>
/// The headers every response carries. The site runs only its own stylesheet, script and images, so
/// the policy can deny everything else; readers must not be tracked, framed or followed to other sites.
/// </summary>
public static class SecurityHeaders
{
    /// <remarks>
    /// <c>connect-src 'self'</c>: the site's script fetches nothing, but audit tools read
    /// <c>/robots.txt</c> from inside the page (Lighthouse's SEO check fails under
    /// <c>connect-src 'none'</c>); same-origin requests reveal nothing to anyone else.
    /// <c>worker-src 'self'</c>: the one worker is the site's own <c>/service-worker.js</c>, which
    /// keeps the urgent-help numbers readable offline.
    /// </remarks>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; manifest-src 'self'; connect-src 'self'; worker-src 'self'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Only features Chromium recognises, so the browser console stays free of warnings.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), browsing-topics=(), camera=(), display-capture=(), "
        + "geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), "
        + "publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    public static void Apply(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.Remove("Server");
        headers.Remove("X-Powered-By");
    }
}
