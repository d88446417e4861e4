namespace RecoveryInfo.Web.Content;

/// <summary>What the home page leads with, from <c>home</c> in <c>content/site.yml</c>.</summary>
public sealed class HomeSettings
{
    /// <summary>The home page's h1: what the site does for the reader (the site's name is already in the header).</summary>
    public string Heading { get; set; } = "";

    /// <summary>Ways in by what a reader needs, shown before the list of topics.</summary>
    public List<WayIn> WaysIn { get; set; } = [];
}
