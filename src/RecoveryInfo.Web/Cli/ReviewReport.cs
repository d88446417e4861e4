using System.Globalization;
using System.Text;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Reviews;

namespace RecoveryInfo.Web.Cli;

/// <summary>
/// The <c>review</c> list in each format, with a count of the pages read. Text lines start with
/// <c>path:line</c> like the check's, so editors' tools jump to <c>next_review</c>; CSV is RFC 4180
/// with a header row; Markdown is a pipe table that renders in an issue or a pull request.
/// </summary>
public sealed class ReviewReport(IReadOnlyList<ReviewDue> due, ContentSnapshot snapshot, int withinDays)
{
    public static readonly string[] CsvColumns = ["path", "line", "title", "next_review", "days_left", "status", "owner"];

    public void Write(ReviewFormat format, TextWriter output, TextWriter error)
    {
        switch (format)
        {
            case ReviewFormat.Csv:
                WriteCsv(output);
                error.WriteLine(Summary());
                break;
            case ReviewFormat.Markdown:
                WriteMarkdown(output);
                break;
            default:
                foreach (var page in due)
                {
                    output.WriteLine($"{Location(page)}: {page.Status} (next review {Iso(page.NextReview)}): {page.Article.Title}; "
                        + (page.Article.Owner is { } owner ? $"owner: {owner}" : "no owner"));
                }

                output.WriteLine(Summary());
                break;
        }
    }

    /// <summary>How many pages were read, and what of them is due: the last line of every report.</summary>
    public string Summary()
    {
        var read = snapshot.Articles.Count();
        var reviewable = ReviewList.Reviewable(snapshot).ToList();
        var leftOut = read - reviewable.Count;
        var undated = reviewable.Count(article => article.NextReview is null);
        var overdue = due.Count(page => page.IsOverdue);
        var until = snapshot.Today.AddDays(withinDays);
        return $"read {read} pages" + (leftOut > 0 ? $" ({leftOut} draft or expired, not reviewed)" : "")
            + $": {overdue} overdue, {due.Count - overdue} due within {withinDays} days (by {Iso(until)})"
            + (undated > 0 ? $", {undated} without next_review" : "");
    }

    private void WriteCsv(TextWriter output)
    {
        output.WriteLine(string.Join(',', CsvColumns));
        foreach (var page in due)
        {
            string[] cells =
            [
                page.Article.SourcePath,
                page.Article.NextReviewLine.ToString(CultureInfo.InvariantCulture),
                page.Article.Title,
                Iso(page.NextReview),
                page.DaysLeft.ToString(CultureInfo.InvariantCulture),
                page.IsOverdue ? "overdue" : "due",
                page.Article.Owner ?? "",
            ];
            output.WriteLine(string.Join(',', cells.Select(CsvCell)));
        }
    }

    private void WriteMarkdown(TextWriter output)
    {
        if (due.Count == 0)
        {
            output.WriteLine($"Nothing is overdue or due for review within {withinDays} days.");
        }
        else
        {
            output.WriteLine("| Page | File | Next review | Status | Owner |");
            output.WriteLine("| --- | --- | --- | --- | --- |");
            foreach (var page in due)
            {
                output.WriteLine($"| {MarkdownCell(page.Article.Title)} | `{Location(page)}` | {Iso(page.NextReview)} | {page.Status} | {MarkdownCell(page.Article.Owner ?? "none")} |");
            }
        }

        output.WriteLine();
        output.WriteLine(char.ToUpperInvariant(Summary()[0]) + Summary()[1..] + ".");
    }

    private static string Location(ReviewDue page) =>
        string.Create(CultureInfo.InvariantCulture, $"{page.Article.SourcePath}:{page.Article.NextReviewLine}");

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string CsvCell(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

    /// <summary>Text in a table cell: a pipe would end the cell, and Markdown characters would format it.</summary>
    private static string MarkdownCell(string value)
    {
        var cell = new StringBuilder(value.Length);
        foreach (var character in value)
        {
            if (character is '\r' or '\n')
            {
                cell.Append(' ');
                continue;
            }

            if (character is '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                cell.Append('\\');
            }

            cell.Append(character);
        }

        return cell.ToString();
    }
}
