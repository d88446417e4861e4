namespace RecoveryInfo.Web.Content;

/// <summary>The slim urgent-help line on every page, and the numbers the urgent-help page and offline page use.</summary>
public sealed class UrgentHelpSettings
{
    public string Heading { get; set; } = "Emergency?";

    /// <summary>The words of the line's link to the urgent-help page, such as "Helplines".</summary>
    public string MoreLabel { get; set; } = "Helplines";
    public string Page { get; set; } = "/get-help/urgent-help";
    public List<EmergencyNumber> Emergency { get; set; } = [];
    public List<Helpline> Helplines { get; set; } = [];

    /// <summary>Short steps to take while help is on its way, shown on the offline page under the numbers.</summary>
    public List<string> WhileWaiting { get; set; } = [];
}
