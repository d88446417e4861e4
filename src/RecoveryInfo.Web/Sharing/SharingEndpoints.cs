using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Sharing;

public static class SharingEndpoints
{
    /// <summary>Maps <c>/sitemap.xml</c> and <c>/robots.txt</c>.</summary>
    public static IEndpointRouteBuilder MapSharing(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", context =>
        {
            var services = context.RequestServices;
            var sitemap = Sitemap.Build(services.GetRequiredService<ContentStore>().Current, services.GetRequiredService<PublicUrls>());
            return Results.Bytes(sitemap, "application/xml; charset=utf-8").ExecuteAsync(context);
        });
        endpoints.MapGet("/robots.txt", context =>
        {
            var urls = context.RequestServices.GetRequiredService<PublicUrls>();
            return Results.Text($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute("/sitemap.xml")}\n", "text/plain; charset=utf-8").ExecuteAsync(context);
        });
        return endpoints;
    }
}
