namespace RecoveryInfo.Web.Security;

/// <summary>
/// Sets <see cref="SecurityHeaders"/> just before a response starts, so responses written by later
/// middleware (static files, redirects, re-executed 404 and 500 pages, rate-limit rejections) carry them too.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            SecurityHeaders.Apply(((HttpResponse)state).Headers);
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
