namespace RecoveryInfo.Web.Content;

/// <summary>
/// <c>dotnet run --project src/RecoveryInfo.Web -- check [--content PATH]</c>: validates all content
/// without starting the web server, using the same loader as the site.
/// </summary>
public static class ContentCheckCommand
{
    public const string Name = "check";

    public static int Run(string[] args, string defaultFolder, TextWriter output, TextWriter error)
    {
        var folder = defaultFolder;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--content" && i + 1 < args.Length)
            {
                folder = args[++i];
            }
            else
            {
                error.WriteLine($"check: unknown argument '{args[i]}'");
                error.WriteLine("usage: check [--content PATH]");
                return 2;
            }
        }

        var fullPath = Path.GetFullPath(folder);
        if (!Directory.Exists(fullPath))
        {
            error.WriteLine($"check: the content folder '{fullPath}' does not exist");
            return 2;
        }

        var loader = new ContentLoader(new MarkdownRenderer(), new FrontMatterReader(), TimeProvider.System);
        var snapshot = loader.Load(fullPath, includeDrafts: true);
        foreach (var diagnostic in snapshot.Diagnostics.OrderBy(diagnostic => diagnostic.Path, StringComparer.Ordinal).ThenBy(diagnostic => diagnostic.Line))
        {
            output.WriteLine(diagnostic);
        }

        var errors = snapshot.Diagnostics.Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
        var warnings = snapshot.Diagnostics.Count - errors;
        output.WriteLine($"checked {snapshot.Articles.Count()} articles in {snapshot.Sections.Count} sections: {errors} error(s), {warnings} warning(s)");
        return errors > 0 ? 1 : 0;
    }
}
