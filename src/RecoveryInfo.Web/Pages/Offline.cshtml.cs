using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Pages;

/// <summary>
/// What the service worker shows for any page opened with no connection: the UK numbers from
/// <c>site.yml</c> as links a phone can call or text without data, and what to do while waiting.
/// </summary>
public sealed class OfflineModel(ContentStore store) : SitePageModel(store)
{
    /// <summary>The address the service worker saves and the export writes.</summary>
    public const string Path = "/offline";

    public void OnGet()
    {
        PageTitle = "You are offline";
        CurrentUrl = Path;
        SourcePaths = [DisplayPath(ContentPaths.SiteSettingsFile)];
    }
}
