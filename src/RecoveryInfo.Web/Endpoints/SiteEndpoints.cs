using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Security;
using RecoveryInfo.Web.Serving;

namespace RecoveryInfo.Web.Endpoints;

/// <summary>
/// The site's answers that are not pages. Each is mapped for GET and HEAD, as pages are, and as a
/// plain request delegate: a handler with typed parameters is compiled from expression trees when
/// routing first builds its endpoints, a cost at start-up. Absolute links come from the configured
/// <c>Site:BaseUrl</c>, never from the request's Host header, so every replica and the export agree.
/// </summary>
public static class SiteEndpoints
{
    public static IEndpointRouteBuilder MapSiteEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/healthz", ReadOnlyMethodsMiddleware.Methods, context =>
            Results.Text($"ok {context.RequestServices.GetRequiredService<ContentStore>().Current.Version}").ExecuteAsync(context));
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
        endpoints.MapMethods(AtomFeed.Path, ReadOnlyMethodsMiddleware.Methods, context =>
            {
                var services = context.RequestServices;
                var feed = AtomFeed.Build(services.GetRequiredService<ContentStore>().Current, services.GetRequiredService<PublicUrls>().Absolute);
                return Results.Bytes(feed, AtomFeed.ContentType).ExecuteAsync(context);
            })
            .WithMetadata(new CdnCacheable());
        return endpoints;
    }
}
