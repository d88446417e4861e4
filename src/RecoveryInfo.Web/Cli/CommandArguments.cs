namespace RecoveryInfo.Web.Cli;

/// <summary>
/// The arguments after a command's name, read the same way for every command:
/// <c>[FOLDER] [--option VALUE ...] [--Setting=value ...] [--help]</c>. Anything a command does not
/// take is a usage error, printed as "<c>NAME: message</c>" and then the usage line.
/// </summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    /// <summary>The one positional argument, for commands that take a folder.</summary>
    public string? Folder { get; private set; }

    /// <summary>Configuration overrides such as <c>--Site:BaseUrl=https://…</c>, for commands that start the site.</summary>
    public List<string> Settings { get; } = [];

    public bool HelpRequested { get; private set; }

    public string? Value(string option) => _values.GetValueOrDefault(option);

    /// <summary>Whether a flag (an option without a value) was given.</summary>
    public bool Has(string flag) => _flags.Contains(flag);

    /// <summary>Reads <paramref name="args"/>; null, after printing why, when they do not fit the command.</summary>
    public static CommandArguments? Parse(CommandShape shape, string[] args, TextWriter error)
    {
        var parsed = new CommandArguments();
        for (var i = 0; i < args.Length; i++)
        {
            var argument = args[i];
            if (argument is "--help" or "-h")
            {
                parsed.HelpRequested = true;
            }
            else if (shape.Flags.Contains(argument))
            {
                parsed._flags.Add(argument);
            }
            else if (shape.Options.TryGetValue(argument, out var needs))
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    return Fail(shape, error, $"{argument} needs {needs}");
                }

                parsed._values[argument] = args[++i];
            }
            else if (shape.TakesSettings && argument.StartsWith("--", StringComparison.Ordinal) && argument.Contains('='))
            {
                parsed.Settings.Add(argument);
            }
            else if (shape.TakesFolder && !argument.StartsWith('-') && parsed.Folder is null)
            {
                parsed.Folder = argument;
            }
            else
            {
                return Fail(shape, error, $"unknown argument '{argument}'");
            }
        }

        return parsed;
    }

    public static CommandArguments? Fail(CommandShape shape, TextWriter error, string message)
    {
        error.WriteLine($"{shape.Name}: {message}");
        error.WriteLine(shape.Usage);
        return null;
    }

    /// <summary>The content folder a tool reads, as a full path; null, after printing why, when it does not exist.</summary>
    public string? ContentFolder(CommandShape shape, string defaultFolder, TextWriter error)
    {
        var folder = Value(CommandShape.ContentOption) ?? defaultFolder;
        var fullPath = Path.GetFullPath(folder);
        if (Directory.Exists(fullPath))
        {
            return fullPath;
        }

        // "dotnet run --project" starts in the project folder, which surprises relative paths.
        Fail(shape, error, $"the content folder '{fullPath}' does not exist"
            + (Path.IsPathRooted(folder) ? "" : $"; relative paths start from {Directory.GetCurrentDirectory()}, so an absolute path such as \"$PWD/content\" is safer"));
        return null;
    }
}
