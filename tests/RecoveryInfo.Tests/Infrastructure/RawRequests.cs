using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>
/// Requests whose path reaches the site exactly as written. HttpClient would tidy "/../.." or
/// "//host/" before sending, hiding what a hostile client can really send.
/// </summary>
public static class RawRequests
{
    public static async Task<(int Status, string Body, string? Location)> GetRawPathAsync<T>(this WebApplicationFactory<T> site, string path)
        where T : class
    {
        var context = await site.Server.SendAsync(request =>
        {
            request.Request.Method = HttpMethods.Get;
            request.Request.Path = path;
        });
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
        return (context.Response.StatusCode, body, context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null);
    }
}
