namespace RecoveryInfo.Web.Content.Markdown.Callouts;

/// <summary>
/// The boxes editors can write with <c>:::name</c>: three NHS-style care cards (<c>non-urgent</c>,
/// <c>urgent</c>, <c>emergency</c>), each a heading and a list of signs, and two callouts
/// (<c>warning</c>, <c>info</c>).
/// </summary>
public sealed record CalloutKind(string Name, string Label, bool IsCareCard, string DefaultHeading, bool ShowsLabel)
{
    private static readonly CalloutKind[] _all =
    [
        new("non-urgent", "Non-urgent advice", true, "Speak to a GP if:", false),
        new("urgent", "Urgent advice", true, "Ask for an urgent GP appointment or call NHS 111 if:", false),
        new("emergency", "Emergency advice", true, "Call 999 or go to A&E if:", false),
        new("warning", "Important", false, "", true),
        new("info", "Information", false, "", false),
    ];

    public static IEnumerable<string> Names => _all.Select(kind => kind.Name);

    public static CalloutKind? Find(string? name) => _all.FirstOrDefault(kind => kind.Name == name);
}
