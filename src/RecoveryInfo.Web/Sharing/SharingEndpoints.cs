using Microsoft.Extensions.Options;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Security;
using RecoveryInfo.Web.Serving;

namespace RecoveryInfo.Web.Sharing;

/// <summary>
/// The three ways in from a shared link that are not pages: a section's share URL
/// (<c>/topic/page/s/section-id</c>), a discreet short link (<c>/l/7k2m9qxp</c>) and the preview
/// cards (<c>/cards/fingerprint.png</c>). A value the content does not know answers 404 (the site's
/// own page, which never repeats it); an old page URL or section id answers 301 to the current one.
/// </summary>
public static class SharingEndpoints
{
    public const string SectionRoute = "/{topic}/{article}/s/{id}";
    public const string ShortLinkRoute = ShortLinks.Prefix + "{code}";
    public const string CardRoute = CardText.UrlPrefix + "{name}";

    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    public static IEndpointRouteBuilder MapSharingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(SectionRoute, ReadOnlyMethodsMiddleware.Methods, ServeSectionAsync);
        endpoints.MapMethods(ShortLinkRoute, ReadOnlyMethodsMiddleware.Methods, ServeShortLinkAsync);
        endpoints.MapMethods(CardRoute, ReadOnlyMethodsMiddleware.Methods, ServeCardAsync);
        return endpoints;
    }

    private static Task ServeSectionAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var catalog = services.GetRequiredService<ShareCatalogs>().Current;
        var pageUrl = $"/{context.GetRouteValue("topic")}/{context.GetRouteValue("article")}";
        var id = context.GetRouteValue("id") as string ?? "";
        if (catalog.FindSection(pageUrl, id) is not var (article, heading))
        {
            return NotFound(context);
        }

        var path = ShareCatalog.SectionPath(article.Url, heading.Id);
        if (article.Url != pageUrl || heading.Id != id)
        {
            // A moved page or renamed section: one URL per section, and crawlers follow a 301.
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = path;
            return Task.CompletedTask;
        }

        var urls = services.GetRequiredService<PublicUrls>();
        var site = catalog.Snapshot.Site;
        var title = $"{heading.Text} – {article.Title}";
        var preview = new SharePreview(
            DocumentTitle: $"{title} – {site.Name}",
            Title: title,
            Description: catalog.Lead(article, heading),
            Url: urls.Absolute(path),
            Canonical: urls.Absolute(article.Url),
            SiteName: site.Name,
            Image: urls.Absolute(catalog.SectionCard(article, heading).Url),
            ImageAlt: $"{article.Title}: {heading.Text} ({site.Name})");
        var target = article.Url + "#" + Uri.EscapeDataString(heading.Id);
        return HtmlAsync(context, SharePage.Render(preview, target, title, "Opening"));
    }

    private static Task ServeShortLinkAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var catalog = services.GetRequiredService<ShareCatalogs>().Current;
        var code = (context.GetRouteValue("code") as string ?? "").ToLowerInvariant();
        if (!ShortLinks.IsWellFormed(code) || catalog.ShortLinks.Find(code) is not { } target)
        {
            return NotFound(context);
        }

        var urls = services.GetRequiredService<PublicUrls>();
        var preview = new SharePreview(
            DocumentTitle: ShareCatalog.NeutralTitle,
            Title: ShareCatalog.NeutralTitle,
            Description: ShareCatalog.NeutralLine,
            Url: urls.Absolute(ShortLinks.Prefix + code),
            Canonical: null,
            SiteName: null,
            Image: urls.Absolute(ShareCatalog.NeutralCard.Url),
            ImageAlt: ShareCatalog.NeutralTitle);
        var href = target.Id is null ? target.PageUrl : target.PageUrl + "#" + Uri.EscapeDataString(target.Id);
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        return HtmlAsync(context, SharePage.Render(preview, href, "Open the page", ShareCatalog.NeutralLine));
    }

    private static Task ServeCardAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var name = context.GetRouteValue("name") as string ?? "";
        if (!name.EndsWith(".png", StringComparison.Ordinal)
            || services.GetRequiredService<ShareCatalogs>().Current.FindCard(name[..^4]) is not { } card)
        {
            return NotFound(context);
        }

        var png = services.GetRequiredService<CardStore>().Get(card);
        var response = context.Response;
        response.ContentType = "image/png";
        response.Headers.CacheControl = ImmutableCacheControl;
        response.Headers.ETag = $"\"{card.Fingerprint}\"";
        response.ContentLength = png.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(png, context.RequestAborted).AsTask();
    }

    private static Task HtmlAsync(HttpContext context, byte[] html)
    {
        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = context.RequestServices.GetRequiredService<IOptions<PageCacheOptions>>().Value.CacheControl();
        response.ContentLength = html.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(html, context.RequestAborted).AsTask();
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
