using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Security;
using RecoveryInfo.Web.Serving;

namespace RecoveryInfo.Web.Endpoints;

public static class SharingEndpoints
{
    /// <summary>Maps <c>/sitemap.xml</c> and <c>/robots.txt</c>, for GET and HEAD.</summary>
    public static IEndpointRouteBuilder MapSharing(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/sitemap.xml", ReadOnlyMethodsMiddleware.Methods, context =>
        {
            var services = context.RequestServices;
            var sitemap = Sitemap.Build(services.GetRequiredService<ContentStore>().Current, services.GetRequiredService<PublicUrls>());
            return Results.Bytes(sitemap, "application/xml; charset=utf-8").ExecuteAsync(context);
        });
        endpoints.MapMethods("/robots.txt", ReadOnlyMethodsMiddleware.Methods, context =>
        {
            var urls = context.RequestServices.GetRequiredService<PublicUrls>();
            return Results.Text($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute("/sitemap.xml")}\n", "text/plain; charset=utf-8").ExecuteAsync(context);
        });
        return endpoints;
    }
}
