namespace RecoveryInfo.Web.Content;

/// <summary>Site-wide settings editors own, read from <c>content/site.yml</c>.</summary>
public sealed class SiteSettings
{
    public string Name { get; set; } = "RecoveryInfo";
    public string Tagline { get; set; } = "";
    public string Introduction { get; set; } = "";
    public UrgentHelpSettings UrgentHelp { get; set; } = new();
    public HomeSettings Home { get; set; } = new();
    public QuickExitSettings QuickExit { get; set; } = new();

    /// <summary>Pages every footer links to (about, privacy, accessibility); each must be a published page.</summary>
    public List<SiteLink> FooterLinks { get; set; } = [];

    /// <summary>The reading-level threshold <c>check</c> holds every section and glossary definition to.</summary>
    public ReadabilitySettings Readability { get; set; } = new();
}
