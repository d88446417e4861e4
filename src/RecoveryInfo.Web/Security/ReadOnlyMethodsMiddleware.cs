namespace RecoveryInfo.Web.Security;

/// <summary>
/// The site only lets people read: GET and HEAD. Anything else (POST, PUT, DELETE, TRACE, PROPFIND…)
/// gets 405 with an <c>Allow</c> header before it reaches a page, so no page has to think about it.
/// </summary>
public sealed class ReadOnlyMethodsMiddleware(RequestDelegate next)
{
    public const string Allowed = "GET, HEAD";

    /// <summary>For endpoints mapped outside Razor Pages, which would otherwise answer GET only.</summary>
    public static readonly IReadOnlyList<string> Methods = [HttpMethods.Get, HttpMethods.Head];

    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = Allowed;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("This site only answers GET and HEAD requests.\n");
    }
}
