using Microsoft.Extensions.DependencyInjection;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Search;

namespace RecoveryInfo.Tests.Search;

public sealed class SearchRebuildTests
{
    [Fact]
    public async Task The_index_is_rebuilt_when_the_content_is_reloaded()
    {
        var folder = Fixtures.CopyContent(Fixtures.SearchContentPath);
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        Assert.Empty(await HrefsAsync(client, "zeppelin"));
        Assert.Equal(["/health/bladder"], await HrefsAsync(client, "kestrel"));

        var file = Path.Combine(folder, "health", "bladder.md");
        var text = await File.ReadAllTextAsync(file);
        text = text.Replace("A kestrel is only mentioned in this opening paragraph.", "")
            + "\n## Zeppelin rides\n\nA zeppelin is mentioned only after the change.\n";
        await File.WriteAllTextAsync(file, text);
        var store = site.Services.GetRequiredService<ContentStore>();
        store.Reload();

        Assert.Equal(["/health/bladder", "/health/bladder#zeppelin-rides"], await HrefsAsync(client, "zeppelin"));
        Assert.Empty(await HrefsAsync(client, "kestrel"));
        Assert.Equal(store.Current.Version, site.Services.GetRequiredService<SiteSearch>().Index?.ContentVersion);
    }

    [Fact]
    public async Task A_new_article_is_searchable_after_reload_and_a_removed_one_is_gone()
    {
        var folder = Fixtures.CopyContent(Fixtures.SearchContentPath);
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        Assert.Contains("/health/withdrawal#sleep", await HrefsAsync(client, "sleep"));

        File.Delete(Path.Combine(folder, "health", "withdrawal.md"));
        await File.WriteAllTextAsync(Path.Combine(folder, "recovery", "rest.md"), """
            ---
            title: Rest
            description: Getting enough rest.
            last_reviewed: 2026-01-15
            next_review: 2027-01-15
            ---

            ## Better sleep

            Regular hours help sleep.
            """);
        site.Services.GetRequiredService<ContentStore>().Reload();

        var hrefs = await HrefsAsync(client, "sleep");
        Assert.Contains("/recovery/rest#better-sleep", hrefs);
        Assert.DoesNotContain(hrefs, href => href.StartsWith("/health/withdrawal", StringComparison.Ordinal));
    }

    private static async Task<List<string>> HrefsAsync(HttpClient client, string query)
    {
        return ResultsPage.AllLinks(await ResultsPage.GetAsync(client, query));
    }
}
