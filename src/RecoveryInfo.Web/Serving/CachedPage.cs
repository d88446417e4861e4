using Microsoft.Extensions.Primitives;

namespace RecoveryInfo.Web.Serving;

/// <summary>One finished response for one page in one content coding: its headers and its bytes.</summary>
public sealed record CachedPage(KeyValuePair<string, StringValues>[] Headers, byte[] Body, string ETag)
{
    /// <summary>True when an <c>If-None-Match</c> header names this response (weak comparison, as RFC 9110 asks for GET).</summary>
    public bool IsNamedBy(StringValues ifNoneMatch)
    {
        foreach (var value in ifNoneMatch)
        {
            foreach (var range in (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var tag = range.StartsWith("W/", StringComparison.Ordinal) ? range[2..] : range;
                if (tag == "*" || tag == ETag)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
