namespace RecoveryInfo.Web.Content;

/// <summary>One way in on the home page, such as "Worried about someone": where it leads and a line on what is there.</summary>
public sealed class WayIn
{
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    public string Url { get; set; } = "";

    /// <summary>Shown in the urgent colours, for the way in to emergency help.</summary>
    public bool Urgent { get; set; }
}
