using System.Collections.Concurrent;
using Microsoft.AspNetCore.ResponseCompression;

namespace RecoveryInfo.Web.Serving;

/// <summary>
/// Which content coding (br, gzip or none) a request will get, decided by the response
/// compression middleware's own provider so the page cache and the compressor always agree.
/// </summary>
public sealed class ContentCodings(IResponseCompressionProvider compression)
{
    public const string Identity = "identity";

    // Browsers send a handful of distinct Accept-Encoding values; remembering a bounded number of
    // them keeps header parsing off the hot path without letting odd clients grow the memo.
    private const int RememberedLimit = 64;

    private readonly ConcurrentDictionary<string, string> _byAcceptEncoding = new(StringComparer.Ordinal);

    public string For(HttpContext context)
    {
        var accept = context.Request.Headers.AcceptEncoding;
        if (accept.Count == 0)
        {
            return Identity;
        }

        var key = accept.ToString();
        if (_byAcceptEncoding.TryGetValue(key, out var coding))
        {
            return coding;
        }

        coding = compression.CheckRequestAcceptsCompression(context) && compression.GetCompressionProvider(context) is { } provider
            ? provider.EncodingName
            : Identity;
        if (_byAcceptEncoding.Count < RememberedLimit)
        {
            _byAcceptEncoding.TryAdd(key, coding);
        }

        return coding;
    }
}
