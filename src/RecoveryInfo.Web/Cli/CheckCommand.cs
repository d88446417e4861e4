using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Cli;

/// <summary>
/// <c>dotnet run --project src/RecoveryInfo.Web -- check [--content PATH]</c>: validates all content
/// without starting the web server, using the same loader (and so the same checks) as the site.
/// Exit code 0 without errors, 1 with errors, 2 for a usage error.
/// </summary>
public static class CheckCommand
{
    public const string Name = "check";
    private const string Usage = "usage: check [--content PATH]";

    public static int Run(string[] args, string defaultFolder, TextWriter output, TextWriter error)
    {
        var folder = defaultFolder;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--content" when i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal):
                    folder = args[++i];
                    break;
                case "--content":
                    return UsageError(error, "--content needs the path of a content folder");
                case "--help" or "-h":
                    output.WriteLine(Usage);
                    output.WriteLine("Prints one line per problem, path:line:col: error|warning: message, then a summary.");
                    return 0;
                default:
                    return UsageError(error, $"unknown argument '{args[i]}'");
            }
        }

        var fullPath = Path.GetFullPath(folder);
        if (!Directory.Exists(fullPath))
        {
            // "dotnet run --project" starts in the project folder, which surprises relative paths.
            return UsageError(error, $"the content folder '{fullPath}' does not exist"
                + (Path.IsPathRooted(folder) ? "" : $"; relative paths start from {Directory.GetCurrentDirectory()}, so an absolute path such as \"$PWD/content\" is safer"));
        }

        var loader = SnapshotBuilder.Create();
        var snapshot = loader.Load(fullPath, includeDrafts: true);
        var diagnostics = snapshot.Diagnostics
            .OrderBy(diagnostic => diagnostic.Path, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Line)
            .ThenBy(diagnostic => diagnostic.Column)
            .ToList();
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic);
        }

        var errors = diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count - errors;
        output.WriteLine($"checked {snapshot.Articles.Count()} articles in {snapshot.Sections.Count} sections: {errors} error(s), {warnings} warning(s)");
        return errors > 0 ? 1 : 0;
    }

    private static int UsageError(TextWriter error, string message)
    {
        error.WriteLine($"check: {message}");
        error.WriteLine(Usage);
        return 2;
    }
}
