using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Pages;

public sealed class IndexModel(ContentStore store) : SitePageModel(store)
{
    public void OnGet()
    {
        PageTitle = Snapshot.Site.Name;
        Description = Snapshot.Site.Tagline;
        SourcePaths = [DisplayPath(ContentPaths.SiteSettingsFile)];
    }
}
