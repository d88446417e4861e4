namespace RecoveryInfo.Web.Content;

/// <summary>A link editors put in the footer of every page, such as "About this information".</summary>
public sealed class SiteLink
{
    public string Title { get; set; } = "";
    public string Url { get; set; } = "";
}
