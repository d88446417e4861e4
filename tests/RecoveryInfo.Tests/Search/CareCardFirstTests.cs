using RecoveryInfo.Tests.Infrastructure;
using static RecoveryInfo.Tests.Search.ResultsPage;

namespace RecoveryInfo.Tests.Search;

/// <summary>A search that matches an urgent or emergency care card leads with that page, whatever else scores higher.</summary>
public sealed class CareCardFirstTests : IDisposable
{
    private const string Sources = """
        sources:
          - title: One
            url: https://example.org/one
          - title: Two
            url: https://example.org/two
        """;

    private readonly string _folder = Fixtures.CopyContent(Fixtures.SearchContentPath);

    [Fact]
    public async Task A_page_whose_care_card_holds_the_words_comes_before_a_page_named_after_them()
    {
        var client = StartSite(card: true);

        var pages = PageLinks(await SearchAsync(client, "shivering"));

        Assert.Equal(["/health/kidneys", "/recovery/shivering"], pages);
    }

    [Fact]
    public async Task The_same_words_outside_a_care_card_rank_as_usual()
    {
        var client = StartSite(card: false);

        var pages = PageLinks(await SearchAsync(client, "shivering"));

        Assert.Equal(["/recovery/shivering", "/health/kidneys"], pages);
    }

    private HttpClient StartSite(bool card)
    {
        File.WriteAllText(Path.Combine(_folder, "recovery", "shivering.md"), $"""
            ---
            title: Shivering and feeling cold
            description: Why shivering happens when you stop, and shivering tips.
            {Sources}
            ---

            ## Shivering after stopping

            Shivering is common in the first days. Shivering passes.
            """);
        var signs = card
            ? ":::urgent\n- you feel hot and shivering\n:::"
            : "- you feel hot and shivering";
        File.WriteAllText(Path.Combine(_folder, "health", "kidneys.md"), $"""
            ---
            title: Kidney problems
            description: How kidney infections show.
            {Sources}
            ---

            ## Kidney infection

            Kidney infections need treatment.

            {signs}
            """);
        var site = new SiteFactory(_folder);
        _sites.Add(site);
        return site.CreateClient();
    }

    private static async Task<AngleSharp.Dom.IDocument> SearchAsync(HttpClient client, string query)
    {
        await Eventually.StatusIs(client, "/search?q=" + query, 200);
        return await GetAsync(client, query);
    }

    private readonly List<SiteFactory> _sites = [];

    public void Dispose()
    {
        _sites.ForEach(site => site.Dispose());
        Directory.Delete(_folder, recursive: true);
    }
}
