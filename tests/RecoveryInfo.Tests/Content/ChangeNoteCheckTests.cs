using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Cli;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Content;

/// <summary>
/// What the check says about <c>changes:</c>, each problem at its file line. A note that cannot be
/// trusted stops the page updating, except one dated in the future, which only the day makes wrong.
/// </summary>
public sealed class ChangeNoteCheckTests
{
    private static readonly string _fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "changes-content");
    private static readonly DateTimeOffset _today = new(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);

    // Line 1 is the opening ---; "changes:" is on line 7, so its first item starts on line 8.
    public static TheoryData<string, string, bool> Problems() => new()
    {
        { "  - date: 2026-02-30\n    summary: Fixed a typo.\n", "8:11: error: 'date' must be a real date written as YYYY-MM-DD, not '2026-02-30'", false },
        { "  - summary: Fixed a typo.\n", "8:1: error: changes: change 1 needs a date, written as 'date: YYYY-MM-DD'", false },
        { "  - date: 2026-03-01\n", "8:1: error: changes: the change of 2026-03-01 needs a summary: one line saying what changed", false },
        { "  - date: 2026-03-01\n    summary: \"   \"\n", "8:1: error: changes: the change of 2026-03-01 needs a summary: one line saying what changed", false },
        { $"  - date: 2026-03-01\n    summary: {new string('x', 151)}\n", "9:1: error: changes: the summary of the change of 2026-03-01 is 151 characters; keep it to 150 or fewer", false },
        { "  - date: 2026-03-01\n    summary: |\n      First line.\n      Second line.\n", "9:1: error: changes: the summary of the change of 2026-03-01 must be one line", false },
        { "  - date: 2026-01-01\n    summary: Older.\n  - date: 2026-03-01\n    summary: Newer.\n", "10:1: error: changes: list the newest change first: 2026-03-01 is newer than 2026-01-01 on line 8", false },
        { "  - date: 2026-06-16\n    summary: Tomorrow's change.\n", "8:1: error: changes: 2026-06-16 is in the future; a note records a change already made, so date it the day the page changed", true },
        { "  - date: 2026-03-01\n    summry: Fixed a typo.\n", "8:1: error: changes: the change of 2026-03-01 needs a summary: one line saying what changed", false },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Each_problem_is_reported_at_its_line(string changes, string expected, bool stillPublished)
    {
        var folder = Fixtures.CopyContent(_fixture);
        ContentFiles.Write(folder, "notes/bad.md", Page(changes));

        var snapshot = SnapshotBuilder.Create(ClockedSite.At(_today)).Load(folder, includeDrafts: false);

        var found = snapshot.Diagnostics.Where(diagnostic => diagnostic.Path.EndsWith("/notes/bad.md", StringComparison.Ordinal)).Select(diagnostic => diagnostic.ToString()).ToList();
        Assert.Contains($"content/notes/bad.md:{expected}", found);
        Assert.Equal(stillPublished, snapshot.FindArticle("/notes/bad") is not null);
    }

    [Fact]
    public void A_good_list_gives_no_finding_and_the_notes_newest_first()
    {
        var folder = Fixtures.CopyContent(_fixture);
        ContentFiles.Write(folder, "notes/good.md", Page("  - date: 2026-06-15\n    summary: Today's change.\n  - date: 2026-06-15\n    summary: Another the same day.\n  - date: 2025-01-01\n    summary: First published.\n"));

        var snapshot = SnapshotBuilder.Create(ClockedSite.At(_today)).Load(folder, includeDrafts: false);

        Assert.DoesNotContain(snapshot.Diagnostics, diagnostic => diagnostic.Path.EndsWith("good.md", StringComparison.Ordinal) && diagnostic.Severity == DiagnosticSeverity.Error);
        var article = snapshot.FindArticle("/notes/good")!;
        Assert.Equal([new DateOnly(2026, 6, 15), new DateOnly(2026, 6, 15), new DateOnly(2025, 1, 1)], article.Changes.Select(change => change.Date));
        Assert.Equal([8, 10, 12], article.Changes.Select(change => change.Line));
    }

    [Fact]
    public void The_check_command_prints_change_problems_as_path_line_col()
    {
        var folder = Fixtures.CopyContent(_fixture);
        ContentFiles.Write(folder, "notes/bad.md", Page("  - date: 2026-01-01\n    summary: Older.\n  - date: 2026-03-01\n    summary: Newer.\n"));
        using var output = new StringWriter();

        var code = CheckCommand.Run(["--content", folder], "content", output, TextWriter.Null);

        Assert.Contains("content/notes/bad.md:10:1: error: changes: list the newest change first: 2026-03-01 is newer than 2026-01-01 on line 8", output.ToString());
        Assert.Equal(1, code);
    }

    private static string Page(string changes) => $"""
        ---
        title: Bad notes
        description: A page whose change notes have a problem.
        order: 9
        last_reviewed: 2026-01-01
        next_review: 2027-01-01
        changes:
        {changes.TrimEnd('\n')}
        sources:
          - title: Source A
            url: https://example.org/a
          - title: Source B
            url: https://example.org/b
        ---

        ## About

        Some text.

        """;
}
