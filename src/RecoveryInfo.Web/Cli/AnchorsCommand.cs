using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Checks;

namespace RecoveryInfo.Web.Cli;

/// <summary>
/// <c>dotnet run --project src/RecoveryInfo.Web -- anchors [--content PATH]</c>: rewrites the anchor
/// registry from the published content, after a page or section was removed on purpose. Links that
/// still work through an alias stay registered, so removing that alias later is still caught.
/// </summary>
public static class AnchorsCommand
{
    public const string Name = "anchors";

    private static readonly CommandShape _shape = new(Name, "usage: anchors [--content PATH]",
        new Dictionary<string, string> { [CommandShape.ContentOption] = CommandShape.ContentValue });

    public static int Run(string[] args, string defaultFolder, TextWriter output, TextWriter error)
    {
        var arguments = CommandArguments.Parse(_shape, args, error);
        if (arguments is null)
        {
            return ExitCodes.UsageError;
        }

        if (arguments.HelpRequested)
        {
            output.WriteLine(_shape.Usage);
            return ExitCodes.Succeeded;
        }

        if (arguments.ContentFolder(_shape, defaultFolder, error) is not { } fullPath)
        {
            return ExitCodes.UsageError;
        }

        var snapshot = SnapshotBuilder.Create().Load(fullPath, includeDrafts: false);
        var links = new PublishedLinks(snapshot.Topics, snapshot.FindRedirect, snapshot.AsOf);
        var registry = AnchorRegistry.Read(fullPath, []);
        var before = registry?.Entries.Select(entry => entry.Link).ToHashSet() ?? [];
        var after = links.Current().Concat(before.Where(links.Works)).ToHashSet();

        // A page that failed to load is missing here, and its links must not be dropped by mistake.
        var published = snapshot.Articles.Select(article => article.SourcePath).ToHashSet(StringComparer.Ordinal);
        var unloaded = snapshot.Diagnostics
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error
                && diagnostic.Path.EndsWith(".md", StringComparison.Ordinal) && !published.Contains(diagnostic.Path))
            .ToList();
        if (unloaded.Count > 0 && before.Any(link => !after.Contains(link)))
        {
            foreach (var diagnostic in unloaded)
            {
                error.WriteLine(diagnostic);
            }

            error.WriteLine($"anchors: some pages failed to load, so their links would be dropped; fix the errors above first. {AnchorRegistry.FileName} was not changed");
            return ExitCodes.FoundProblems;
        }

        AnchorRegistry.Write(fullPath, after);
        foreach (var removed in before.Where(link => !after.Contains(link)).Select(link => link.ToString()).Order(StringComparer.Ordinal))
        {
            output.WriteLine($"removed {removed}");
        }

        var added = after.Count(link => !before.Contains(link));
        output.WriteLine($"wrote {ContentPaths.ForDisplay(fullPath, AnchorRegistry.PathIn(fullPath))}: {after.Count} links "
            + $"({added} added, {before.Count(link => !after.Contains(link))} removed)");
        return ExitCodes.Succeeded;
    }
}
