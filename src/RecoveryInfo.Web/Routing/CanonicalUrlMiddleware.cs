using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Routing;

/// <summary>
/// Sends readers to a page's one canonical URL with a 301: trailing slashes, <c>.md</c> endings,
/// capital letters and old URLs listed in <c>aliases</c>. It only ever redirects to a page that
/// exists, so it can never become an open redirect.
/// </summary>
public sealed class CanonicalUrlMiddleware(RequestDelegate next, ContentStore store)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            return next(context);
        }

        var path = context.Request.Path.Value ?? "/";
        var snapshot = store.Current;
        if (snapshot.IsPage(path))
        {
            return next(context);
        }

        var candidate = path.TrimEnd('/');
        if (candidate.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            candidate = candidate[..^3];
        }

        candidate = candidate.ToLowerInvariant();
        if (candidate.Length == 0)
        {
            candidate = "/";
        }

        var target = snapshot.IsPage(candidate) ? candidate : snapshot.FindRedirect(candidate);
        if (target is null || target == path)
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = target + context.Request.QueryString;
        return Task.CompletedTask;
    }
}
