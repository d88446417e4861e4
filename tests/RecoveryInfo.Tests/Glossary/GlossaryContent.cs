using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Glossary;

/// <summary>A copy of the fixture content with a glossary and a page that uses its words in every kind of place.</summary>
public static class GlossaryContent
{
    public const string Glossary = """
        - term: detox
          forms: [detoxification]
          definition: The time when your body clears a drug.
          link: /beta/first#help

        - term: urologist
          definition: A doctor who treats the bladder and kidneys.

        - term: cystitis
          definition: A sore, swollen bladder.
          link: /beta/second

        - term: CBT
          forms: [talking therapy]
          definition: A talking therapy that helps you change how you think and act.

        - term: tolerance
          definition: Needing more of a drug for the same effect.

        - term: NICE
          definition: A body that advises the NHS.

        """;

    public const string WordsPage = """
        A talking therapy can help. CBT is one kind.

        ## About detox {#about-detox}

        Detox is the first step. After detox, detoxification is done.

        Two urologists work here, and one urologist is on call.

        See [cystitis explained](/beta/second), or read `cystitis` in code. Your tolerance drops after a break.

        :::info
        NICE advice in a callout is left alone.
        :::

        - Cystitis is sore, and a nice doctor can help. NICE says so.
        """;

    /// <summary>The fixture content plus glossary.yml and alpha/words.md (which turns off 'tolerance').</summary>
    public static string Create(string glossary = Glossary)
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        ContentFiles.Write(folder, "glossary.yml", glossary);
        ContentFiles.Write(folder, "alpha/words.md", ContentFiles.Article("Words page", order: 5, body: WordsPage, extraFrontMatter: "glossary_off: [tolerance]"));
        return folder;
    }
}
