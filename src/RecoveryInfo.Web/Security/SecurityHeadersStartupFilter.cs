namespace RecoveryInfo.Web.Security;

/// <summary>
/// Puts <see cref="SecurityHeadersMiddleware"/> in front of the middleware the host adds itself (host
/// filtering), so even a refused host's 400 carries the headers. Registered first among startup filters.
/// </summary>
public sealed class SecurityHeadersStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        next(app);
    };
}
