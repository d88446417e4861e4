namespace RecoveryInfo.Web.Content;

public sealed class EmergencyNumber
{
    public string Region { get; set; } = "";
    public string Number { get; set; } = "";

    /// <summary>A number for outside the UK: shown after the UK ones, one tap away.</summary>
    public bool Elsewhere { get; set; }
}
