using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Cli;

/// <summary>
/// The commands that read the content folder and exit without serving: <c>check</c> and
/// <c>anchors</c>. Every command, <c>export</c> too, exits 0 when all went well, 1 when it found
/// problems, and 2 for a usage error.
/// </summary>
public static class CommandLine
{
    public const int Succeeded = 0;
    public const int FoundProblems = 1;
    public const int UsageError = 2;

    public static bool IsTool(string[] args) => args.Length > 0 && args[0] is CheckCommand.Name or AnchorsCommand.Name;

    public static int RunTool(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var defaultFolder = configuration[$"{ContentOptions.SectionName}:Path"] ?? "content";
        return args[0] == AnchorsCommand.Name
            ? AnchorsCommand.Run(args[1..], defaultFolder, output, error)
            : CheckCommand.Run(args[1..], defaultFolder, output, error);
    }

    /// <summary>The content folder a tool reads, as a full path; null, after printing why, when it does not exist.</summary>
    public static string? ContentFolder(CommandShape shape, CommandArguments arguments, string defaultFolder, TextWriter error)
    {
        var folder = arguments.Value(CommandShape.ContentOption) ?? defaultFolder;
        var fullPath = Path.GetFullPath(folder);
        if (Directory.Exists(fullPath))
        {
            return fullPath;
        }

        // "dotnet run --project" starts in the project folder, which surprises relative paths.
        CommandArguments.Fail(shape, error, $"the content folder '{fullPath}' does not exist"
            + (Path.IsPathRooted(folder) ? "" : $"; relative paths start from {Directory.GetCurrentDirectory()}, so an absolute path such as \"$PWD/content\" is safer"));
        return null;
    }
}
