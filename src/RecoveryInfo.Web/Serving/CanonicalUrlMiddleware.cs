using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Serving;

/// <summary>
/// Sends readers to a page's one canonical URL with a 301: trailing slashes, <c>.md</c> endings,
/// capital letters and old URLs listed in <c>aliases</c>; the search page likewise. It only ever
/// redirects to a page that exists, so it can never become an open redirect. A page past its
/// <c>expire_on</c>, and its old URLs, answer 410 Gone.
/// </summary>
public sealed class CanonicalUrlMiddleware(RequestDelegate next, ContentStore store)
{
    /// <summary>Pages of the site itself rather than of the content, which get the same treatment.</summary>
    private static readonly string[] _sitePages = ["/search"];

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

        if (snapshot.IsGone(path) || snapshot.IsGone(candidate))
        {
            // An expired page (or an old URL of one): gone on purpose, which 410 tells readers and search engines.
            context.Response.StatusCode = StatusCodes.Status410Gone;
            return Task.CompletedTask;
        }

        var target = snapshot.IsPage(candidate) || _sitePages.Contains(candidate) ? candidate : snapshot.FindRedirect(candidate);
        if (target is null || target == path)
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = target + HeaderSafe(context.Request.QueryString);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Kestrel lets control and non-ASCII characters through in a raw query string, but a response
    /// header may not carry them, so they are percent-encoded rather than failing the request.
    /// </summary>
    private static string HeaderSafe(QueryString query)
    {
        var value = query.Value ?? "";
        if (!value.Any(character => character is <= ' ' or >= '\u007f'))
        {
            return value;
        }

        var safe = new System.Text.StringBuilder(value.Length * 3);
        foreach (var character in value)
        {
            if (character is > ' ' and < '\u007f')
            {
                safe.Append(character);
            }
            else
            {
                foreach (var octet in System.Text.Encoding.UTF8.GetBytes(character.ToString()))
                {
                    safe.Append('%').Append(octet.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        return safe.ToString();
    }
}
