namespace RecoveryInfo.Web.Content;

public sealed class Helpline
{
    public string Name { get; set; } = "";
    public string Region { get; set; } = "";
    public string Phone { get; set; } = "";

    /// <summary>What a phone dials or texts (digits, optional leading +); shown text stays as written.</summary>
    public string Dial { get; set; } = "";
    public string Hours { get; set; } = "";

    /// <summary>For a text-only line, the message to send (such as SHOUT): the link opens a text, not a call.</summary>
    public string Text { get; set; } = "";

    /// <summary>A line for outside the UK: shown after the UK ones, one tap away.</summary>
    public bool Elsewhere { get; set; }

    /// <summary>Shown by name in the slim urgent-help line at the top of every page (keep it to one or two).</summary>
    public bool EveryPage { get; set; }
}
