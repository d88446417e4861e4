namespace RecoveryInfo.Web.Content;

/// <summary>Site-wide settings editors own, read from <c>content/site.yml</c>.</summary>
public sealed class SiteSettings
{
    public string Name { get; set; } = "RecoveryInfo";
    public string Tagline { get; set; } = "";
    public string Introduction { get; set; } = "";
    public UrgentHelpSettings UrgentHelp { get; set; } = new();
}
