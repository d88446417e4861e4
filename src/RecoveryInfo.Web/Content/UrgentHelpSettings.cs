namespace RecoveryInfo.Web.Content;

/// <summary>The urgent-help box shown on every page.</summary>
public sealed class UrgentHelpSettings
{
    public string Heading { get; set; } = "Need help now?";
    public string Page { get; set; } = "/get-help/urgent-help";
    public List<EmergencyNumber> Emergency { get; set; } = [];
    public List<Helpline> Helplines { get; set; } = [];

    /// <summary>Short steps to take while help is on its way, shown on the offline page under the numbers.</summary>
    public List<string> WhileWaiting { get; set; } = [];
}
