using Microsoft.AspNetCore.Mvc.RazorPages;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Pages;

/// <summary>What the shared layout needs from every page: the snapshot, titles and where the reader is.</summary>
public abstract class SitePageModel(ContentStore store) : PageModel
{
    /// <summary>Read once per request so the whole page comes from one snapshot.</summary>
    public ContentSnapshot Snapshot { get; } = store.Current;

    public string PageTitle { get; protected set; } = "";
    public string Description { get; protected set; } = "";
    public string? CurrentSectionSlug { get; protected set; }
    public string CurrentUrl { get; protected set; } = "/";
    public IReadOnlyList<Breadcrumb> Breadcrumbs { get; protected set; } = [];

    /// <summary>What the header's search box shows: the query on the results page, empty elsewhere.</summary>
    public string SearchText { get; protected set; } = "";

    /// <summary>The content files this page is built from, as diagnostics name them, for the Development banner.</summary>
    public IReadOnlyList<string> SourcePaths { get; protected set; } = [];

    private string ContentFolder { get; } = store.ContentFolder;

    /// <summary>How diagnostics name a file in the content folder, e.g. <c>content/site.yml</c>.</summary>
    protected string DisplayPath(string relative) => ContentPaths.ForDisplay(ContentFolder, Path.Combine(ContentFolder, relative));

    /// <summary>The tag Development shows beside a page the public site leaves out; null for a published page.</summary>
    public string? StatusTag(Article article) => Snapshot.StatusOf(article) switch
    {
        PageStatus.Draft => "Draft",
        PageStatus.Scheduled => "Scheduled",
        PageStatus.Expired => "Expired",
        _ => null,
    };

    public string DocumentTitle =>
        string.IsNullOrEmpty(PageTitle) || PageTitle == Snapshot.Site.Name ? Snapshot.Site.Name : $"{PageTitle} – {Snapshot.Site.Name}";
}
