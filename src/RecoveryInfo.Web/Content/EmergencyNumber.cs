namespace RecoveryInfo.Web.Content;

public sealed class EmergencyNumber
{
    public string Region { get; set; } = "";
    public string Number { get; set; } = "";
}
