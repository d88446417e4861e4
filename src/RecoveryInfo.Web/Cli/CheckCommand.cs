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
    private const string Usage = "usage: check [--content PATH] [--readability]";
    private const string ReadabilityFlag = "--readability";

    private static readonly CommandShape _shape = new(Name, Usage, new Dictionary<string, string> { [CommandShape.ContentOption] = CommandShape.ContentValue })
    {
        Flags = new HashSet<string>(StringComparer.Ordinal) { ReadabilityFlag },
    };

    public static int Run(string[] args, string defaultFolder, TextWriter output, TextWriter error)
    {
        var arguments = CommandArguments.Parse(_shape, args, error);
        if (arguments is null)
        {
            return ExitCodes.UsageError;
        }

        if (arguments.HelpRequested)
        {
            output.WriteLine(Usage);
            output.WriteLine("Prints one line per problem, path:line:col: error|warning: message, then a summary.");
            output.WriteLine("--readability also prints each article's reading level (Flesch–Kincaid grade, SMOG, words, sentences, hardest section) and the site's median grade.");
            return ExitCodes.Succeeded;
        }

        if (arguments.ContentFolder(_shape, defaultFolder, error) is not { } fullPath)
        {
            return ExitCodes.UsageError;
        }

        var snapshot = SnapshotBuilder.Create().Load(fullPath, includeDrafts: true);
        var diagnostics = snapshot.Diagnostics
            .OrderBy(diagnostic => diagnostic.Path, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Line)
            .ThenBy(diagnostic => diagnostic.Column)
            .ToList();
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic);
        }

        if (arguments.Has(ReadabilityFlag))
        {
            output.WriteLine();
            ReadabilityTable.Write(snapshot, output);
            output.WriteLine();
        }

        var errors = diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count - errors;
        output.WriteLine($"checked {snapshot.Articles.Count()} articles in {snapshot.Topics.Count} topics: {errors} error(s), {warnings} warning(s)");
        return errors > 0 ? ExitCodes.FoundProblems : ExitCodes.Succeeded;
    }

}
