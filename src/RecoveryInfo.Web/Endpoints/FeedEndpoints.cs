using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Security;
using RecoveryInfo.Web.Serving;

namespace RecoveryInfo.Web.Endpoints;

public static class FeedEndpoints
{
    /// <summary>
    /// Maps <c>/feed.xml</c>. Absolute links come from the configured <c>Site:BaseUrl</c>, never from
    /// the request's Host header, so every replica and the static export write the same feed.
    /// </summary>
    public static IEndpointRouteBuilder MapFeed(this IEndpointRouteBuilder endpoints)
    {
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
