namespace RecoveryInfo.Web.Content.Markdown.Callouts;

/// <summary>The callout boxes editors can write with <c>:::urgent</c>, <c>:::warning</c> and <c>:::info</c>.</summary>
public static class CalloutKind
{
    private static readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal)
    {
        ["urgent"] = "Urgent advice",
        ["warning"] = "Important",
        ["info"] = "Information",
    };

    public static IEnumerable<string> Names => _labels.Keys;

    public static string? LabelFor(string? name) => name is null ? null : _labels.GetValueOrDefault(name);
}
