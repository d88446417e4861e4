using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace RecoveryInfo.Web.Serving;

/// <summary>
/// The one place that sets <c>Cache-Control</c> on pages and the feed, so nginx or a CDN in front
/// of the replicas keeps each page no longer than <see cref="PageCacheOptions"/> allows. Error
/// pages, redirects, static files and search are left alone: they have their own rules.
/// </summary>
public sealed class PageCacheHeaders(RequestDelegate next, IOptions<PageCacheOptions> options)
{
    private readonly string _cacheControl = options.Value.CacheControl();

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            if (IsCacheablePage(context))
            {
                context.Response.Headers.CacheControl = _cacheControl;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }

    private static bool IsCacheablePage(HttpContext context)
    {
        var status = context.Response.StatusCode;
        if (status is not (StatusCodes.Status200OK or StatusCodes.Status304NotModified)
            || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            || context.Request.Path.StartsWithSegments("/search", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var metadata = context.GetEndpoint()?.Metadata;
        return metadata?.GetMetadata<PageActionDescriptor>() is not null || metadata?.GetMetadata<CdnCacheable>() is not null;
    }
}
