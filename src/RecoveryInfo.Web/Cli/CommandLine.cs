using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Cli;

/// <summary>
/// The commands that read the content folder and exit without serving: <c>check</c>,
/// <c>anchors</c> and <c>review</c>. Every command, <c>export</c> too, ends with one of the <see cref="ExitCodes"/>.
/// </summary>
public static class CommandLine
{
    public static bool IsTool(string[] args) => args.Length > 0 && args[0] is CheckCommand.Name or AnchorsCommand.Name or ReviewCommand.Name;

    public static int RunTool(string[] args, TextWriter output, TextWriter error)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var defaultFolder = configuration[$"{ContentOptions.SectionName}:Path"] ?? "content";
        return args[0] switch
        {
            AnchorsCommand.Name => AnchorsCommand.Run(args[1..], defaultFolder, output, error),
            ReviewCommand.Name => ReviewCommand.Run(args[1..], defaultFolder, output, error),
            _ => CheckCommand.Run(args[1..], defaultFolder, output, error),
        };
    }
}
