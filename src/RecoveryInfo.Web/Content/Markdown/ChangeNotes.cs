using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>
/// Turns <c>changes:</c> into "Page updated" notes. Each needs a date and a one-line summary, and
/// the list runs newest first, as the page shows it; a problem stops the page updating, like any
/// other front-matter error. Whether a date is in the future depends on the day, so the site-wide
/// checks look at that (<see cref="Checks.ArticleChecks"/>).
/// </summary>
public static class ChangeNotes
{
    /// <summary>One line on a phone is about 40 characters; three lines is as much as a note should take.</summary>
    public const int MaxSummaryLength = 150;

    /// <param name="items">The list as read from the YAML.</param>
    /// <param name="yaml">The front matter text, to find each item's line.</param>
    /// <param name="firstLine">The 1-based file line the front matter text starts on.</param>
    /// <param name="display">The file, for diagnostics.</param>
    /// <param name="diagnostics">Where problems go; any problem here stops the page from updating.</param>
    public static IReadOnlyList<PageChange> Read(List<ChangeFrontMatter> items, string yaml, int firstLine, string display, List<ContentDiagnostic> diagnostics)
    {
        var lines = ItemLines(yaml, firstLine);
        var notes = new List<PageChange>(items.Count);
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var (itemLine, dateLine, summaryLine) = index < lines.Count ? lines[index] : (firstLine, firstLine, firstLine);
            void Report(int line, string message) => diagnostics.Add(new(display, line, 1, DiagnosticSeverity.Error, $"changes: {message}"));

            var summary = item?.Summary?.Trim();
            if (item?.Date is not { } date)
            {
                Report(itemLine, $"change {index + 1} needs a date, written as 'date: YYYY-MM-DD'");
                continue;
            }

            if (string.IsNullOrEmpty(summary))
            {
                Report(itemLine, $"the change of {date:yyyy-MM-dd} needs a summary: one line saying what changed");
                continue;
            }

            if (summary.Contains('\n') || summary.Contains('\r'))
            {
                Report(summaryLine, $"the summary of the change of {date:yyyy-MM-dd} must be one line");
            }
            else if (summary.Length > MaxSummaryLength)
            {
                Report(summaryLine, $"the summary of the change of {date:yyyy-MM-dd} is {summary.Length} characters; keep it to {MaxSummaryLength} or fewer");
            }

            if (notes.Count > 0 && date > notes[^1].Date)
            {
                Report(dateLine, $"list the newest change first: {date:yyyy-MM-dd} is newer than {notes[^1].Date:yyyy-MM-dd} on line {notes[^1].Line}");
            }

            notes.Add(new PageChange(date, summary, itemLine));
        }

        return notes;
    }

    /// <summary>The file lines of each item of <c>changes:</c>, its <c>date:</c> and its <c>summary:</c>.</summary>
    private static List<(int Item, int Date, int Summary)> ItemLines(string yaml, int firstLine)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            return [];
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("changes"), out var changes) || changes is not YamlSequenceNode sequence)
        {
            return [];
        }

        int Line(YamlNode node) => firstLine - 1 + (int)node.Start.Line;
        return [.. sequence.Children.Select(item =>
        {
            var itemLine = Line(item);
            if (item is not YamlMappingNode fields)
            {
                return (itemLine, itemLine, itemLine);
            }

            var date = fields.Children.FirstOrDefault(field => field.Key is YamlScalarNode { Value: "date" }).Key;
            var summary = fields.Children.FirstOrDefault(field => field.Key is YamlScalarNode { Value: "summary" }).Key;
            return (itemLine, date is null ? itemLine : Line(date), summary is null ? itemLine : Line(summary));
        })];
    }
}
