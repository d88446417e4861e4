using Microsoft.Extensions.DependencyInjection;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Tests.Search;
using RecoveryInfo.Web.Cli;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Content;

/// <summary>
/// Editors keep readers' words in <c>content/synonyms.yml</c>. The check reports each mistake in it
/// with its line, a group with a mistake is left out until fixed, and a save reaches search without a restart.
/// </summary>
public sealed class SynonymsFileTests
{
    [Fact]
    public void The_check_reports_each_mistake_in_the_synonyms_file_with_its_line()
    {
        var folder = Fixtures.CopyContent(Fixtures.SearchContentPath);
        File.WriteAllText(Path.Combine(folder, "synonyms.yml"), """
            # Readers' words
            - pee, urine, wee
            - doctor
            - gp, , physician
            - k: ket
            - wee, weeing
            - ???, thing
            - a phrase of far too many words, short
            - rehab, rehab, residential
            """);

        var (code, output) = Check(folder);

        Assert.Equal(
        [
            "content/synonyms.yml:3:3: error: a group needs at least two words or phrases that mean the same, separated by commas, such as: - pee, urine, wee",
            "content/synonyms.yml:4:3: error: there is an empty word here (two commas in a row, or a comma at the end); remove the extra comma",
            "content/synonyms.yml:5:3: error: a colon (:) turns this line into a key and a value; write the words separated by commas, such as: - pee, urine, wee",
            "content/synonyms.yml:6:3: error: 'wee' is already in the group on line 2; a word can be in one group only, so merge the two lines",
            "content/synonyms.yml:6:3: error: a group needs at least two words or phrases that mean the same, separated by commas, such as: - pee, urine, wee",
            "content/synonyms.yml:7:3: error: '???' has no letters or digits, so search cannot use it",
            "content/synonyms.yml:7:3: error: a group needs at least two words or phrases that mean the same, separated by commas, such as: - pee, urine, wee",
            "content/synonyms.yml:8:3: error: 'a phrase of far too many words' is 7 words long; a synonym is a word or a phrase of up to 4 words",
            "content/synonyms.yml:8:3: error: a group needs at least two words or phrases that mean the same, separated by commas, such as: - pee, urine, wee",
            "content/synonyms.yml:9:3: warning: 'rehab' is listed twice on this line",
        ], output.Where(line => line.StartsWith("content/synonyms.yml", StringComparison.Ordinal)));
        Assert.Equal(1, code);
    }

    [Theory]
    [InlineData("- pee, urine\n- \"unclosed, x\n- a, b\n", "content/synonyms.yml:2:3: error: invalid YAML: ")]
    [InlineData("pee: urine\n", "content/synonyms.yml:1:1: error: synonyms.yml must be a list with one group of words per line")]
    [InlineData("- pee, urine\n  - wee\n", "content/synonyms.yml:1:3: error: this group goes on over the next line")]
    public void A_synonyms_file_that_is_not_a_list_of_lines_is_an_error_on_its_line(string text, string start)
    {
        var folder = Fixtures.CopyContent(Fixtures.SearchContentPath);
        File.WriteAllText(Path.Combine(folder, "synonyms.yml"), text);

        var (code, output) = Check(folder);

        Assert.StartsWith(start, Assert.Single(output, line => line.StartsWith("content/synonyms.yml:", StringComparison.Ordinal)));
        Assert.Equal(1, code);
    }

    [Fact]
    public void The_real_synonyms_file_has_no_mistakes_and_every_group_is_used()
    {
        var snapshot = SnapshotBuilder.Create().Load(Fixtures.RealContentPath, includeDrafts: false);

        Assert.Empty(snapshot.Diagnostics.Where(diagnostic => diagnostic.Path.EndsWith("synonyms.yml", StringComparison.Ordinal)).Select(diagnostic => diagnostic.ToString()));
        var lines = File.ReadAllLines(Path.Combine(Fixtures.RealContentPath, "synonyms.yml")).Count(line => line.StartsWith("- ", StringComparison.Ordinal));
        Assert.Equal(lines, snapshot.Synonyms.Count);
    }

    [Fact]
    public async Task A_saved_synonym_reaches_search_without_a_restart_and_a_broken_save_keeps_the_last_good_groups()
    {
        var folder = Fixtures.CopyContent(Fixtures.SearchContentPath);
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        var store = site.Services.GetRequiredService<ContentStore>();
        Assert.Empty(ResultsPage.PageLinks(await Eventually.Until(
            async () => await ResultsPage.GetAsync(client, "hibernation"), document => document.QuerySelector("main h1")?.TextContent != "Search is starting", "search to be ready")));

        await File.AppendAllTextAsync(Path.Combine(folder, "synonyms.yml"), "- hibernation, sleep\n");
        store.Reload();
        var withSynonym = await ResultsPage.GetAsync(client, "hibernation");
        Assert.Equal(["/health/withdrawal", "/health/withdrawal#sleep"], ResultsPage.AllLinks(withSynonym));

        await File.AppendAllTextAsync(Path.Combine(folder, "synonyms.yml"), "- [unclosed\n");
        store.Reload();
        Assert.Contains(store.Current.Diagnostics, diagnostic => diagnostic.Path == "content/synonyms.yml" && diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.Equal(["/health/withdrawal", "/health/withdrawal#sleep"], ResultsPage.AllLinks(await ResultsPage.GetAsync(client, "hibernation")));

        File.Delete(Path.Combine(folder, "synonyms.yml"));
        store.Reload();
        Assert.Empty(ResultsPage.PageLinks(await ResultsPage.GetAsync(client, "hibernation")));
    }

    private static (int Code, string[] Output) Check(string folder)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CheckCommand.Run(["--content", folder], "content", output, error);
        return (code, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
