using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace RecoveryInfo.Web.Security;

/// <summary>
/// Kestrel's limits, set explicitly rather than left to defaults: the site's longest real URL is far
/// under a kilobyte and it never takes a request body, so anything near these limits is hostile.
/// Kestrel answers 414 for a long request line and 431 for oversized headers before the app runs.
/// (The Server header is turned off with the other serving settings in Program.cs.)
/// </summary>
public static class RequestLimits
{
    public const int MaxRequestLineBytes = 8 * 1024;
    public const int MaxRequestHeadersBytes = 16 * 1024;
    public const int MaxRequestHeaderCount = 64;
    public const long MaxRequestBodyBytes = 16 * 1024;

    public static void Apply(KestrelServerOptions options)
    {
        options.Limits.MaxRequestLineSize = MaxRequestLineBytes;
        options.Limits.MaxRequestHeadersTotalSize = MaxRequestHeadersBytes;
        options.Limits.MaxRequestHeaderCount = MaxRequestHeaderCount;
        options.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        options.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
    }
}
