using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Cli;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Glossary;

/// <summary>What <c>check</c> reports about glossary.yml, each finding at its file and line.</summary>
public sealed class GlossaryCheckTests
{
    private const string Broken = """
        - term: detox
          definition: The time when your body clears a drug.
          link: /beta/nowhere

        - term: Detox
          definition: Another entry with the same name.

        - term: cystitis
          definition: Inflammation characterised by considerable discomfort, predominantly affecting urological physiology.
          link: /beta/second#no-such-section

        - term: urologist
          definition: A doctor who treats the bladder.
          colour: blue

        - term: wallaby
          definition: An animal no page mentions.

        - term: therapy
          forms: [detox]
          definition: Help to get better.

        - term: CBT
          definition: A talking therapy. It helps you see how thoughts and actions link. You try new ways to cope.

        """;

    [Fact]
    public void Every_glossary_problem_is_reported_at_its_line()
    {
        var folder = GlossaryContent.Create(Broken);

        var found = Load(folder).Where(diagnostic => diagnostic.Path == "content/glossary.yml").Select(diagnostic => diagnostic.ToString()).ToList();

        Assert.Equal(
            [
                "content/glossary.yml:3:1: error: the link of 'detox' '/beta/nowhere' goes to a missing article: no page has the URL /beta/nowhere",
                "content/glossary.yml:5:1: error: duplicate term 'Detox': the entry on line 1 has the same permalink (/glossary#detox); merge the two entries",
                "content/glossary.yml:9:1: error: the definition of 'cystitis' reads at grade 32.5 (Flesch–Kincaid), above the site's 9.0; use shorter sentences and plainer words",
                "content/glossary.yml:10:1: error: the link of 'cystitis' '/beta/second#no-such-section' goes to a missing section: /beta/second has no section with id 'no-such-section'",
                "content/glossary.yml:14:1: error: unknown key 'colour' in a glossary entry; use term, forms, definition, link",
                "content/glossary.yml:16:1: warning: no page uses 'wallaby' (or its other forms), so it is explained only on /glossary; remove it, or check its spelling and forms",
                "content/glossary.yml:19:1: error: duplicate term 'detox': it is already a term or form of the entry on line 1; a word can belong to one entry only",
                "content/glossary.yml:24:1: warning: the definition of 'CBT' has 3 sentences; keep it to 2 and link to an article for more",
            ],
            found.OrderBy(line => int.Parse(line.Split(':')[1])).ToList());
    }

    [Fact]
    public void A_page_turning_off_a_term_the_glossary_lacks_is_a_warning_at_its_line()
    {
        var folder = GlossaryContent.Create("- term: detox\n  definition: The time when your body clears a drug.\n");

        var line = Array.IndexOf(File.ReadAllLines(Path.Combine(folder, "alpha", "words.md")), "glossary_off: [tolerance]") + 1;

        Assert.Contains($"content/alpha/words.md:{line}:1: warning: glossary_off lists 'tolerance', which is not in glossary.yml", Load(folder).Select(diagnostic => diagnostic.ToString()));
    }

    [Fact]
    public void A_glossary_that_is_no_list_is_an_error_and_check_exits_1()
    {
        var folder = GlossaryContent.Create("detox: The time when your body clears a drug.\n");

        using var output = new StringWriter();
        var code = CheckCommand.Run(["--content", folder], "content", output, TextWriter.Null);

        Assert.Equal(1, code);
        Assert.Contains("content/glossary.yml:1:1: error: glossary.yml must be a list of entries", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sound_glossary_gives_no_findings_but_a_term_only_ever_turned_off_counts_as_unused()
    {
        var folder = GlossaryContent.Create();

        var found = Load(folder).Where(diagnostic => diagnostic.Path == "content/glossary.yml" || diagnostic.Message.Contains("glossary", StringComparison.Ordinal));

        Assert.Equal(
            ["content/glossary.yml:17:1: warning: no page uses 'tolerance' (or its other forms), so it is explained only on /glossary; remove it, or check its spelling and forms"],
            found.Select(diagnostic => diagnostic.ToString()));
    }

    private static IReadOnlyList<ContentDiagnostic> Load(string folder) => SnapshotBuilder.Create().Load(folder, includeDrafts: true).Diagnostics;
}
