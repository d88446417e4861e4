using System.Globalization;
using System.Text.RegularExpressions;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Reviews;

namespace RecoveryInfo.Web.Cli;

/// <summary>
/// <c>dotnet run --project src/RecoveryInfo.Web -- review [--within 30d] [--content PATH] [--format text|csv|markdown]</c>:
/// lists every page whose review is overdue or due within the window, most urgent first, without
/// starting the web server. Exit code 0 when nothing is overdue, 1 when something is, 2 for a usage error.
/// </summary>
public static partial class ReviewCommand
{
    public const string Name = "review";
    private const string WithinOption = "--within";
    private const string FormatOption = "--format";
    private const int MaxWindowDays = 3660;

    private static readonly CommandShape _shape = new(Name, "usage: review [--within 30d] [--content PATH] [--format text|csv|markdown]",
        new Dictionary<string, string>
        {
            [WithinOption] = "a number of days such as 30d (or weeks, such as 6w)",
            [CommandShape.ContentOption] = CommandShape.ContentValue,
            [FormatOption] = "text, csv or markdown",
        });

    /// <param name="args">The arguments after <c>review</c>.</param>
    /// <param name="defaultFolder">The content folder when <c>--content</c> is not given.</param>
    /// <param name="output">The list and its summary.</param>
    /// <param name="error">Usage errors, and the summary when the list is CSV (so the file stays CSV).</param>
    /// <param name="clock">What "today" is; the system clock unless a test says otherwise.</param>
    public static int Run(string[] args, string defaultFolder, TextWriter output, TextWriter error, TimeProvider? clock = null)
    {
        var arguments = CommandArguments.Parse(_shape, args, error);
        if (arguments is null)
        {
            return ExitCodes.UsageError;
        }

        if (arguments.HelpRequested)
        {
            output.WriteLine(_shape.Usage);
            output.WriteLine($"Lists pages whose next_review has passed or falls within the window ({ReviewList.DefaultWindowDays}d unless --within says otherwise), most urgent first.");
            return ExitCodes.Succeeded;
        }

        var within = ReviewList.DefaultWindowDays;
        if (arguments.Value(WithinOption) is { } withinText)
        {
            if (ParseDays(withinText) is not { } days)
            {
                CommandArguments.Fail(_shape, error, $"{WithinOption} must be a number of days such as 30d (or weeks, such as 6w) up to {MaxWindowDays}d, not '{withinText}'");
                return ExitCodes.UsageError;
            }

            within = days;
        }

        var format = ReviewFormat.Text;
        if (arguments.Value(FormatOption) is { } formatText && !Enum.TryParse(formatText, ignoreCase: true, out format))
        {
            CommandArguments.Fail(_shape, error, $"{FormatOption} must be text, csv or markdown, not '{formatText}'");
            return ExitCodes.UsageError;
        }

        if (arguments.ContentFolder(_shape, defaultFolder, error) is not { } fullPath)
        {
            return ExitCodes.UsageError;
        }

        var snapshot = SnapshotBuilder.Create(clock).Load(fullPath, includeDrafts: true);
        var due = ReviewList.Due(snapshot, within);
        var report = new ReviewReport(due, snapshot, within);
        report.Write(format, output, error);
        ReportUnreadable(snapshot, error);
        return due.Any(page => page.IsOverdue) ? ExitCodes.FoundProblems : ExitCodes.Succeeded;
    }

    /// <summary>A window such as <c>30d</c>, <c>30</c> or <c>6w</c>, in days; null when it is none of those.</summary>
    public static int? ParseDays(string text)
    {
        var match = Window().Match(text.Trim());
        if (!match.Success || !int.TryParse(match.Groups["count"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return null;
        }

        var days = match.Groups["unit"].Value is "w" or "W" ? count * 7 : count;
        return days <= MaxWindowDays ? days : null;
    }

    /// <summary>A page whose file has errors has no review date to report: say so, so it is not mistaken for up to date.</summary>
    private static void ReportUnreadable(ContentSnapshot snapshot, TextWriter error)
    {
        var unread = snapshot.Diagnostics
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Path.EndsWith(".md", StringComparison.Ordinal)
                && snapshot.FindArticleFrom(diagnostic.Path) is null)
            .Select(diagnostic => diagnostic.Path)
            .Distinct(StringComparer.Ordinal)
            .Count();
        if (unread > 0)
        {
            error.WriteLine($"review: {unread} file(s) could not be read as pages, so they are not in this list; run 'check' to see why");
        }
    }

    [GeneratedRegex("^(?<count>[0-9]{1,5})(?<unit>[dDwW]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Window();
}
