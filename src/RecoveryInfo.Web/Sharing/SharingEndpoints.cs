using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Sharing;

public static class SharingEndpoints
{
    /// <summary>Maps <c>/sitemap.xml</c> and <c>/robots.txt</c>.</summary>
    public static IEndpointRouteBuilder MapSharing(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", (ContentStore store, PublicUrls urls) =>
            Results.Bytes(Sitemap.Build(store.Current, urls), "application/xml; charset=utf-8"));
        endpoints.MapGet("/robots.txt", (PublicUrls urls) =>
            Results.Text($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute("/sitemap.xml")}\n", "text/plain; charset=utf-8"));
        return endpoints;
    }
}
