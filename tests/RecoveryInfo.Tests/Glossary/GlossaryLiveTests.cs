using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Tests.Search;

namespace RecoveryInfo.Tests.Glossary;

/// <summary>Search finds glossary terms, and an edit to glossary.yml shows on pages, /glossary and search without a restart.</summary>
public sealed class GlossaryLiveTests
{
    [Fact]
    public async Task Search_finds_a_term_and_its_other_forms_as_sections_of_the_glossary()
    {
        using var site = new SiteFactory(GlossaryContent.Create());
        var client = site.CreateClient();

        var byTerm = await ResultsPage.GetAsync(client, "urologist");
        var byForm = await ResultsPage.GetAsync(client, "detoxification");

        Assert.Contains("/glossary#urologist", ResultsPage.SectionLinks(ResultsPage.Result(byTerm, "/glossary")));
        Assert.Contains("/glossary#detox", ResultsPage.SectionLinks(ResultsPage.Result(byForm, "/glossary")));
    }

    [Fact]
    public async Task Editing_glossary_yml_changes_pages_the_glossary_and_search_without_a_restart()
    {
        var folder = GlossaryContent.Create();
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        await Shows(client, "/alpha/words", "The time when your body clears a drug.");
        Assert.Empty(ResultsPage.Results(await ResultsPage.GetAsync(client, "wombat")));

        File.WriteAllText(Path.Combine(folder, "glossary.yml"), GlossaryContent.Glossary
            .Replace("The time when your body clears a drug.", "The days when your body clears a drug, like a wombat digging out.", StringComparison.Ordinal));

        await Shows(client, "/alpha/words", "The days when your body clears a drug, like a wombat digging out.");
        await Shows(client, "/glossary", "like a wombat digging out");
        await Eventually.Until(() => ResultsPage.GetAsync(client, "wombat"), page => ResultsPage.PageLinks(page).Contains("/glossary"), "search to find the new definition");
    }

    private static Task<string> Shows(HttpClient client, string url, string text) =>
        Eventually.Until(() => client.GetStringAsync(url), html => html.Contains(text, StringComparison.Ordinal), $"{url} to show '{text}'");

    [Fact]
    public async Task Removing_a_term_stops_explaining_it()
    {
        var folder = GlossaryContent.Create();
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        await Shows(client, "/alpha/words", "define-urologist");

        File.WriteAllText(Path.Combine(folder, "glossary.yml"), GlossaryContent.Glossary
            .Replace("- term: urologist\n  definition: A doctor who treats the bladder and kidneys.\n", "", StringComparison.Ordinal));

        await Eventually.Until(() => client.GetStringAsync("/alpha/words"), html => !html.Contains("define-urologist", StringComparison.Ordinal), "the term to go");
    }
}
