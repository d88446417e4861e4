namespace RecoveryInfo.Web.Content;

public sealed class Helpline
{
    public string Name { get; set; } = "";
    public string Region { get; set; } = "";
    public string Phone { get; set; } = "";

    /// <summary>What a phone dials (digits, optional leading +); shown text stays as written.</summary>
    public string Dial { get; set; } = "";
    public string Hours { get; set; } = "";
}
