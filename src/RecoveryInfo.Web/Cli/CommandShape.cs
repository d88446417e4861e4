namespace RecoveryInfo.Web.Cli;

/// <summary>What a command takes: options with a value (and what that value is), a folder, settings.</summary>
public sealed record CommandShape(string Name, string Usage, IReadOnlyDictionary<string, string> Options, bool TakesFolder = false, bool TakesSettings = false)
{
    /// <summary>Options that take no value, such as <c>--readability</c>.</summary>
    public IReadOnlySet<string> Flags { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public const string ContentOption = "--content";
    public const string ContentValue = "the path of a content folder";
}
