using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Serving;

/// <summary>
/// Answers repeat requests for a page (home, section, article) from <see cref="PageCache"/> before
/// routing, Razor or the compressor run; renders and keeps the response otherwise. It sits outside response
/// compression, so each page is compressed once per snapshot and content coding, not per request.
/// Every page response carries an ETag (snapshot version + hash of the bytes sent) and
/// the configured <c>Cache-Control</c> (<see cref="PageCacheOptions"/>; <c>no-cache</c> by default, so
/// browsers revalidate and see an edit at once).
/// </summary>
public sealed class PageCacheMiddleware(
    RequestDelegate next, ContentStore store, PageCache cache, ContentCodings codings, IOptions<PageCacheOptions> cacheOptions)
{
    private readonly string _pageCacheControl = cacheOptions.Value.CacheControl();

    // Headers the server sets afresh on every response, or that no cached response may carry.
    private static readonly HashSet<string> _notKept = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.SetCookie, HeaderNames.Age,
    };

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isHead = HttpMethods.IsHead(request.Method);
        if (!(isHead || HttpMethods.IsGet(request.Method)) || request.Path.Value is not { } path)
        {
            return next(context);
        }

        var snapshot = store.Current;
        var coding = codings.For(context);
        var hasQuery = request.QueryString.HasValue;
        if (!hasQuery && cache.Find(snapshot, path, coding) is { } page)
        {
            return ServeAsync(context, page, isHead);
        }

        // Only the bare page URL is kept, so made-up query strings cannot fill the cache;
        // those responses still get an ETag and are still answered with 304 when unchanged.
        return snapshot.IsPage(path) ? RenderAsync(context, snapshot, path, coding, keep: !isHead && !hasQuery) : next(context);
    }

    private static Task ServeAsync(HttpContext context, CachedPage page, bool isHead)
    {
        var response = context.Response;
        if (page.IsNamedBy(context.Request.Headers.IfNoneMatch))
        {
            NotModified(response, page);
            return Task.CompletedTask;
        }

        var headers = response.Headers;
        foreach (var (name, value) in page.Headers)
        {
            headers[name] = value;
        }

        response.ContentLength = page.Body.Length;
        return isHead ? Task.CompletedTask : response.Body.WriteAsync(page.Body, 0, page.Body.Length, context.RequestAborted);
    }

    private async Task RenderAsync(HttpContext context, ContentSnapshot snapshot, string path, string coding, bool keep)
    {
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (response.HasStarted || response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            await original.WriteAsync(body, context.RequestAborted);
            return;
        }

        var page = Describe(response, buffer.ToArray(), snapshot.Version);
        if (keep && ReferenceEquals(snapshot, store.Current))
        {
            cache.Keep(snapshot, path, coding, page);
        }

        if (page.IsNamedBy(context.Request.Headers.IfNoneMatch))
        {
            NotModified(response, page);
            return;
        }

        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await original.WriteAsync(body, context.RequestAborted);
        }
    }

    private CachedPage Describe(HttpResponse response, byte[] body, long version)
    {
        var headers = response.Headers;
        var etag = string.Create(CultureInfo.InvariantCulture, $"\"{version:x}-{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 8))}\"");
        headers.ETag = etag;
        headers.CacheControl = _pageCacheControl;
        if (!headers.Vary.Any(value => value?.Contains(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase) == true))
        {
            headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        }

        var kept = headers.Where(header => !_notKept.Contains(header.Key)).ToArray();
        return new CachedPage(kept, body, etag);
    }

    private static void NotModified(HttpResponse response, CachedPage page)
    {
        response.StatusCode = StatusCodes.Status304NotModified;
        response.Headers.Clear();
        foreach (var (name, value) in page.Headers)
        {
            if (name.Equals(HeaderNames.ETag, StringComparison.OrdinalIgnoreCase)
                || name.Equals(HeaderNames.CacheControl, StringComparison.OrdinalIgnoreCase)
                || name.Equals(HeaderNames.Vary, StringComparison.OrdinalIgnoreCase))
            {
                response.Headers[name] = value;
            }
        }
    }
}
