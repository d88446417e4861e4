using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Cli;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Readability;

/// <summary>Reading levels in <c>check</c>: a warning per hard section at its heading, the threshold in site.yml, and the table.</summary>
public sealed class ReadabilityCheckTests
{
    private const string HardSection = """

        ## Treatment evidence {#evidence}

        Doctors have looked at many treatments for people who depend on ketamine, and most of them agree that talking therapies and regular support work better than medicine. Specialists should also check the bladder and kidneys often, because damage can build up quietly over several years.

        ## Easy words

        You can talk to your GP. They will listen to you. They can help you find the right support near where you live.

        """;

    [Fact]
    public void A_hard_section_is_a_warning_at_its_heading_naming_its_longest_sentence_and_words()
    {
        var (folder, file) = WithHardSection();

        var diagnostics = Load(folder);

        var headingLine = Array.IndexOf(File.ReadAllLines(file), "## Treatment evidence {#evidence}") + 1;
        var warning = Assert.Single(diagnostics, diagnostic => diagnostic.Message.StartsWith("section ", StringComparison.Ordinal));
        Assert.Equal(("content/alpha/only.md", headingLine, 1, DiagnosticSeverity.Warning), (warning.Path, warning.Line, warning.Column, warning.Severity));
        Assert.StartsWith("section 'Treatment evidence' reads at grade ", warning.Message);
        Assert.Contains("longest sentence (27 words): \"Doctors have looked at many treatments for people who depend on ketamine, and most of them agree tha…\"", warning.Message);
        Assert.Contains("longest words: specialists, therapies, ketamine", warning.Message);
        Assert.Contains("list 'evidence' under readability_accepted", warning.Message);
    }

    [Fact]
    public void A_section_the_editors_accept_is_not_a_warning_and_a_stale_acceptance_is()
    {
        var (folder, file) = WithHardSection();
        File.WriteAllText(file, File.ReadAllText(file).Replace("---\n\n##", "readability_accepted: [evidence, easy-words, gone]\n---\n\n##"));

        var messages = Load(folder).Select(diagnostic => diagnostic.ToString()).ToList();

        var line = Array.IndexOf(File.ReadAllLines(file), "readability_accepted: [evidence, easy-words, gone]") + 1;
        Assert.DoesNotContain(messages, message => message.Contains(": warning: section ", StringComparison.Ordinal));
        Assert.Contains(messages, message => message.StartsWith($"content/alpha/only.md:{line}:1: warning: readability_accepted lists 'easy-words', which now reads at grade", StringComparison.Ordinal));
        Assert.Contains($"content/alpha/only.md:{line}:1: warning: readability_accepted lists 'gone', which is no section of this page; use a section's id or 'introduction'", messages);
    }

    [Fact]
    public void The_threshold_comes_from_site_yml()
    {
        var (folder, _) = WithHardSection();
        File.AppendAllText(Path.Combine(folder, "site.yml"), "readability:\n  max_grade: 16\n");

        Assert.DoesNotContain(Load(folder), diagnostic => diagnostic.Message.StartsWith("section ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2", "readability: max_grade is 2; give a Flesch–Kincaid grade from 4 to 16 (9 is the site's default)")]
    [InlineData("40", "readability: max_grade is 40; give a Flesch–Kincaid grade from 4 to 16 (9 is the site's default)")]
    public void A_threshold_out_of_range_is_an_error_at_its_line(string value, string message)
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        var site = Path.Combine(folder, "site.yml");
        var line = File.ReadAllLines(site).Length + 1;
        File.AppendAllText(site, $"readability:\n  max_grade: {value}\n");

        Assert.Contains($"content/site.yml:{line}:1: error: {message}", Load(folder).Select(diagnostic => diagnostic.ToString()));
    }

    [Fact]
    public void A_threshold_that_is_no_number_is_an_error()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        var site = Path.Combine(folder, "site.yml");
        var line = File.ReadAllLines(site).Length + 2;
        File.AppendAllText(site, "readability:\n  max_grade: hard\n");

        Assert.Contains(Load(folder), diagnostic => diagnostic is { Path: "content/site.yml", Severity: DiagnosticSeverity.Error } && diagnostic.Line == line);
    }

    [Fact]
    public void Check_readability_prints_a_row_per_article_and_the_site_median()
    {
        var (folder, _) = WithHardSection();

        using var output = new StringWriter();
        var code = CheckCommand.Run(["--content", folder, "--readability"], "content", output, TextWriter.Null);

        var lines = output.ToString().Split(Environment.NewLine);
        Assert.Equal(1, code); // the fixture has errors on purpose; the table is printed all the same
        var header = Assert.Single(lines, line => line.StartsWith("file", StringComparison.Ordinal));
        Assert.Matches(@"^file\s+grade\s+SMOG\s+words\s+sentences\s+hardest section$", header);
        var row = Assert.Single(lines, line => line.StartsWith("content/alpha/only.md ", StringComparison.Ordinal));
        Assert.Matches(@"^content/alpha/only\.md\s+\d+\.\d\s+\d+\.\d\s+\d+\s+\d+\s+Treatment evidence \(\d+\.\d\)$", row);
        Assert.Contains(lines, line => line.StartsWith("site median grade: ", StringComparison.Ordinal) && line.Contains("over 4 articles"));
        Assert.Contains(lines, line => line.Contains("content/alpha/only.md:") && line.EndsWith("Treatment evidence", StringComparison.Ordinal));
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two() =>
        Assert.Equal(5.5, ReadabilityTable.Median([9, 5, 6, 1]));

    private static (string Folder, string File) WithHardSection()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        var file = Path.Combine(folder, "alpha", "only.md");
        File.AppendAllText(file, HardSection);
        return (folder, file);
    }

    private static IReadOnlyList<ContentDiagnostic> Load(string folder) =>
        SnapshotBuilder.Create().Load(folder, includeDrafts: true).Diagnostics;
}
