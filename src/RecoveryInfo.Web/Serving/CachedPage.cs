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
            // Split as spans: this runs on every revalidation of a cached page and need not allocate.
            var text = value ?? "";
            foreach (var range in text.AsSpan().Split(','))
            {
                var tag = text.AsSpan(range).Trim();
                if (tag.StartsWith("W/", StringComparison.Ordinal))
                {
                    tag = tag[2..];
                }

                if (tag is "*" || tag.SequenceEqual(ETag))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
