using Markdig;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Cli;

namespace RecoveryInfo.Tests.Cli;

/// <summary>
/// <c>review</c> over Fixtures/review-content, whose pages fall due at known distances from 15 June 2026:
/// long-overdue (30 days late), just-overdue (1 day), due-today, due-soon (10 days), due-later (45 days),
/// a draft and an expired page that are overdue (never listed) and a page with no review dates.
/// </summary>
public sealed class ReviewCommandTests
{
    private static readonly string _content = Path.Combine(AppContext.BaseDirectory, "Fixtures", "review-content");
    private static readonly DateTimeOffset _today = new(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Text_lists_overdue_then_due_pages_most_urgent_first_with_path_line_owner_and_a_count_and_exits_1()
    {
        var (code, output, error) = Review("--content", _content);

        Assert.Equal(
            [
                "review-content/guide/long-overdue.md:5: overdue by 30 days (next review 2026-05-16): Long overdue; owner: Clinical lead",
                "review-content/guide/just-overdue.md:5: overdue by 1 day (next review 2026-06-14): Just overdue, with a comma; owner: Peer support | \"team\"",
                "review-content/guide/due-today.md:5: due today (next review 2026-06-15): Due today; no owner",
                "review-content/guide/due-soon.md:5: due in 10 days (next review 2026-06-25): Due soon; owner: Clinical lead",
                "read 8 pages (2 draft or expired, not reviewed): 2 overdue, 2 due within 30 days (by 2026-07-15), 1 without next_review",
            ],
            output);
        Assert.Empty(error);
        Assert.Equal(1, code);
    }

    [Theory]
    [InlineData("60d", 5)]
    [InlineData("60", 5)]
    [InlineData("7w", 5)]
    [InlineData("10d", 4)]
    [InlineData("9d", 3)]
    [InlineData("0d", 3)]
    public void The_window_decides_which_coming_reviews_are_listed(string within, int listed)
    {
        var (_, output, _) = Review("--content", _content, "--within", within);

        Assert.Equal(listed, output.Length - 1);
        Assert.StartsWith("read 8 pages", output[^1]);
    }

    [Fact]
    public void Nothing_overdue_exits_0_even_with_reviews_coming_up()
    {
        var (code, output, _) = Review(_today.AddDays(-40), "--content", _content, "--within", "30d");

        Assert.Equal(["review-content/guide/long-overdue.md:5: due in 10 days (next review 2026-05-16): Long overdue; owner: Clinical lead"], output[..^1]);
        Assert.Equal(0, code);
    }

    [Fact]
    public void Nothing_due_exits_0_and_still_says_how_many_pages_it_read()
    {
        var (code, output, _) = Review(_today.AddDays(-100), "--content", _content);

        Assert.Equal(["read 8 pages (2 draft or expired, not reviewed): 0 overdue, 0 due within 30 days (by 2026-04-06), 1 without next_review"], output);
        Assert.Equal(0, code);
    }

    [Fact]
    public void Csv_parses_into_one_row_per_page_and_keeps_the_summary_out_of_the_file()
    {
        var (code, output, error) = Review("--content", _content, "--format", "csv");

        var rows = ParseCsv(string.Join('\n', output));
        Assert.Equal(ReviewReport.CsvColumns, rows[0]);
        Assert.Equal(["review-content/guide/just-overdue.md", "5", "Just overdue, with a comma", "2026-06-14", "-1", "overdue", "Peer support | \"team\""], rows[2]);
        Assert.Equal(["review-content/guide/due-today.md", "5", "Due today", "2026-06-15", "0", "due", ""], rows[3]);
        Assert.Equal(["long-overdue", "just-overdue", "due-today", "due-soon"], rows.Skip(1).Select(row => Path.GetFileNameWithoutExtension(row[0])));
        Assert.StartsWith("read 8 pages", Assert.Single(error));
        Assert.Equal(1, code);
    }

    [Fact]
    public void Markdown_renders_as_a_table_with_one_row_per_page_and_the_count_below()
    {
        using var output = new StringWriter();
        ReviewCommand.Run(["--content", _content, "--format", "markdown"], "content", output, TextWriter.Null, ClockedSite.At(_today));

        var html = Markdown.ToHtml(output.ToString(), new MarkdownPipelineBuilder().UsePipeTables().Build());
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal(["Page", "File", "Next review", "Status", "Owner"], document.QuerySelectorAll("thead th").Select(cell => cell.TextContent));
        var rows = document.QuerySelectorAll("tbody tr").Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent).ToList()).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(["Just overdue, with a comma", "review-content/guide/just-overdue.md:5", "2026-06-14", "overdue by 1 day", "Peer support | \"team\""], rows[1]);
        Assert.Equal("none", rows[2][4]);
        Assert.StartsWith("Read 8 pages", document.QuerySelector("p")?.TextContent);
    }

    [Theory]
    [InlineData("--within", "soon")]
    [InlineData("--within", "3m")]
    [InlineData("--within", "99999d")]
    [InlineData("--within")]
    [InlineData("--format", "pdf")]
    [InlineData("--owner", "x")]
    [InlineData("extra")]
    public void Bad_arguments_are_a_usage_error_with_exit_2(params string[] args)
    {
        var (code, output, error) = Review([.. args, "--content", _content]);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith("review: ", error[0]);
        Assert.Equal("usage: review [--within 30d] [--content PATH] [--format text|csv|markdown]", error[^1]);
    }

    [Fact]
    public void A_missing_content_folder_is_a_usage_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), "recoveryinfo-no-such-folder-" + Guid.NewGuid().ToString("N"));

        var (code, _, error) = Review("--content", missing);

        Assert.Equal(2, code);
        Assert.Equal($"review: the content folder '{missing}' does not exist", error[0]);
    }

    [Fact]
    public async Task The_program_runs_the_review_without_starting_a_web_server()
    {
        var (exitCode, output, error) = await SiteProcess.RunAsync(Path.GetTempPath(), null, "review", "--content", _content);

        // Every dated page of the fixture is overdue by the real clock, whatever day the test runs.
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("review-content/guide/long-overdue.md:5: overdue by ", lines[0]);
        Assert.StartsWith("read 8 pages (2 draft or expired, not reviewed): 5 overdue", lines[^1]);
        Assert.DoesNotContain(lines, line => line.Contains("listening", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("", error);
        Assert.Equal(1, exitCode);
    }

    private static (int Code, string[] Output, string[] Error) Review(params string[] args) => Review(_today, args);

    private static (int Code, string[] Output, string[] Error) Review(DateTimeOffset today, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ReviewCommand.Run(args, "content", output, error, ClockedSite.At(today));
        return (code, Lines(output), Lines(error));
    }

    private static string[] Lines(StringWriter writer) => writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>RFC 4180: fields separated by commas, quoted when they hold commas, quotes or line breaks.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (quoted)
            {
                if (character == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (character == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(character);
                }
            }
            else if (character == '"')
            {
                quoted = true;
            }
            else if (character == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (character == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(character);
            }
        }

        row.Add(field.ToString());
        rows.Add([.. row]);
        return rows;
    }
}
