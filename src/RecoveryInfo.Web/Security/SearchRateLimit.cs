using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace RecoveryInfo.Web.Security;

/// <summary>
/// Bounds searching per client address with the built-in rate limiter; pages are never limited.
/// It matches the <c>/search</c> path rather than an endpoint, so it holds however search is served.
/// A rejected search gets 429 and <c>Retry-After</c>; the status page then explains it to the reader.
/// A request with no remote address (only the in-process test host gives none; Kestrel over TCP, as
/// deployed, always does) is not limited, rather than share one budget with every other such request.
/// </summary>
public static class SearchRateLimit
{
    public const string Path = "/search";

    public static void Configure(RateLimiterOptions options, SearchRateLimitOptions limits)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsSearch(context.Request.Path) && context.Connection.RemoteIpAddress is not null
                ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
        options.OnRejected = (context, _) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(limits.WindowSeconds);
            context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return ValueTask.CompletedTask;
        };
    }

    public static bool IsSearch(PathString path) =>
        path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The reader's address, as told by a trusted proxy when there is one (see <see cref="ProxyTrust"/>).
    /// One IPv6 client usually holds a whole /64, so IPv6 addresses count by their /64 prefix.
    /// </summary>
    public static string ClientKey(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress!;
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var prefix = address.GetAddressBytes();
        Array.Clear(prefix, 8, 8);
        return new IPAddress(prefix) + "/64";
    }
}
