using System.Text;

namespace RecoveryInfo.Web.Content.Checks;

/// <summary>
/// <c>content/anchors.txt</c>: every page URL and section link the site has published, one per line.
/// Committed with the content, so an edit that breaks a link people may have shared shows up in review.
/// </summary>
public sealed class AnchorRegistry(IReadOnlyList<(RegisteredLink Link, int Line)> entries)
{
    public const string FileName = "anchors.txt";
    public const string Command = "dotnet run --project src/RecoveryInfo.Web -- anchors";

    private const string Header = $"""
        # Every published page and section link, one per line. Shared links must keep working, so the
        # content check fails when one of these stops working, and says which alias to add.
        # Do not edit by hand. After removing a page or section on purpose, regenerate it with:
        #   {Command}
        """;

    public IReadOnlyList<(RegisteredLink Link, int Line)> Entries { get; } = entries;

    public static string PathIn(string contentFolder) => Path.Combine(contentFolder, FileName);

    /// <summary>The registry in the content folder, or null when there is none yet.</summary>
    public static AnchorRegistry? Read(string contentFolder, List<ContentDiagnostic> diagnostics)
    {
        var path = PathIn(contentFolder);
        if (!File.Exists(path))
        {
            return null;
        }

        var display = ContentPaths.ForDisplay(contentFolder, path);
        var entries = new List<(RegisteredLink, int)>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var link = RegisteredLink.Parse(line);
            if (!link.Url.StartsWith('/') || link.Id is { } id && !SectionIds.IsValid(id))
            {
                diagnostics.Add(new(display, lineNumber, 1, DiagnosticSeverity.Error,
                    $"'{line}' is not a site link like /section/page#section-id; regenerate this file with: {Command}"));
                continue;
            }

            entries.Add((link, lineNumber));
        }

        return new AnchorRegistry(entries);
    }

    /// <summary>Writes the links sorted, so each page's line comes just before its section ids and diffs stay small.</summary>
    public static void Write(string contentFolder, IEnumerable<RegisteredLink> links)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var line in links.Select(link => link.ToString()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            text.Append(line).Append('\n');
        }

        File.WriteAllText(PathIn(contentFolder), text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
