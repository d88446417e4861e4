using AngleSharp.Dom;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Search;

[Collection(SearchSiteCollection.Name)]
public sealed class SearchResultsTests(SearchSite site)
{
    private async Task<List<IElement>> ResultsAsync(string query)
    {
        var document = await site.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));
        return [.. document.QuerySelectorAll("main ol.search-results > li")];
    }

    private static string? Href(IElement result) => result.QuerySelector("h2 a")?.GetAttribute("href");

    [Fact]
    public async Task A_result_shows_article_title_section_heading_and_links_to_the_section_anchor()
    {
        var results = await ResultsAsync("bladder pain");

        var first = results[0];
        Assert.Equal("/health/bladder#bladder-pain", Href(first));
        Assert.Equal("Bladder problems", first.QuerySelector(".search-result-article")?.TextContent);
        Assert.Equal("Bladder pain", first.QuerySelector(".search-result-section")?.TextContent);
        Assert.Contains("common sign of bladder damage", first.QuerySelector(".search-result-snippet")?.TextContent);
    }

    [Fact]
    public async Task A_question_lands_on_the_section_that_answers_it()
    {
        var results = await ResultsAsync("withdrawal how long");

        Assert.Equal("/health/withdrawal#how-long-does-withdrawal-last", Href(results[0]));
    }

    [Fact]
    public async Task A_match_before_the_first_heading_links_to_the_article_without_an_anchor()
    {
        var result = Assert.Single(await ResultsAsync("kestrel"));

        Assert.Equal("/health/bladder", Href(result));
        Assert.Null(result.QuerySelector(".search-result-section"));
    }

    [Fact]
    public async Task Every_result_link_points_at_a_heading_that_exists_on_the_article()
    {
        var client = site.CreateClient();
        var results = await ResultsAsync("pee");
        Assert.NotEmpty(results);

        foreach (var href in results.Select(Href))
        {
            var parts = href!.Split('#');
            var article = await client.GetDocumentAsync(parts[0]);
            Assert.NotNull(article.QuerySelector("main h1"));
            if (parts.Length == 2)
            {
                Assert.Equal("H2", article.GetElementById(parts[1])?.TagName);
            }
        }
    }

    [Theory]
    [InlineData("relapsing", "/recovery/relapse#warning-signs")]
    [InlineData("relapses", "/recovery/relapse#warning-signs")]
    [InlineData("sleeping", "/health/withdrawal#sleep")]
    public async Task Stemming_finds_other_forms_of_a_word(string query, string expected)
    {
        var results = await ResultsAsync(query);

        Assert.Contains(expected, results.Select(Href));
    }

    [Theory]
    [InlineData("withdrawl", "/health/withdrawal#how-long-does-withdrawal-last")]
    [InlineData("ketamin", "/health/bladder")]
    [InlineData("bladdr", "/health/bladder#bladder-pain")]
    [InlineData("cravigns", "/recovery/relapse#making-a-plan")]
    public async Task A_misspelling_of_five_letters_or_more_still_finds_the_section(string query, string expected)
    {
        var results = await ResultsAsync(query);

        Assert.Contains(expected, results.Select(Href));
    }

    [Fact]
    public async Task Matched_words_are_highlighted_with_mark_in_the_snippet()
    {
        var results = await ResultsAsync("relapsing");

        var marks = results.First(result => Href(result) == "/recovery/relapse#warning-signs").QuerySelectorAll(".search-result-snippet mark");
        Assert.Equal(["relapse"], marks.Select(mark => mark.TextContent));
    }

    [Fact]
    public async Task A_misspelt_word_highlights_the_word_it_matched()
    {
        var results = await ResultsAsync("cravigns");

        var result = results.First(result => Href(result) == "/recovery/relapse#making-a-plan");
        Assert.Equal(["cravings"], result.QuerySelectorAll(".search-result-snippet mark").Select(mark => mark.TextContent));
    }

    [Fact]
    public async Task The_page_says_which_near_spellings_were_searched_and_only_for_unknown_words()
    {
        var client = site.CreateClient();

        var misspelt = await client.GetDocumentAsync("/search?q=withdrawl+sleep");
        Assert.Equal(["withdrawal"], misspelt.QuerySelectorAll("main .search-note q").Select(q => q.TextContent));

        var spelt = await client.GetDocumentAsync("/search?q=withdrawal+sleep");
        Assert.Empty(spelt.QuerySelectorAll("main .search-note q"));
    }

    [Fact]
    public async Task Snippets_show_markup_in_content_as_text_and_keep_emoji_whole()
    {
        var client = site.CreateClient();
        var document = await client.GetDocumentAsync("/search?q=alert");

        var snippet = document.QuerySelector("main .search-result-snippet");
        Assert.NotNull(snippet);
        Assert.Contains("<script>alert(1)</script>", snippet.TextContent);
        Assert.Contains("💧", snippet.TextContent);
        Assert.DoesNotContain("\uFFFD", snippet.TextContent);
        Assert.Empty(document.QuerySelectorAll("main script"));
        Assert.Equal(["mark"], snippet.Children.Select(child => child.LocalName).Distinct());
    }

    [Fact]
    public async Task Snippet_lines_are_joined_so_headings_and_list_items_do_not_run_together()
    {
        var result = Assert.Single(await ResultsAsync("bedtime"));

        Assert.Equal("Poor sleep is common in the first week. What helps · a regular bedtime · less screen time",
            result.QuerySelector(".search-result-snippet")?.TextContent);
    }

    [Fact]
    public async Task A_title_only_match_shows_the_opening_words_instead_of_an_empty_snippet()
    {
        var results = await ResultsAsync("problems");

        var intro = results.First(result => Href(result) == "/health/bladder");
        Assert.StartsWith("Ketamine can harm the bladder.", intro.QuerySelector(".search-result-snippet")?.TextContent);
    }

    [Fact]
    public async Task Sections_with_every_word_come_first_and_otherwise_any_word_is_enough()
    {
        var client = site.CreateClient();

        var all = await client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString("pee doctor"));
        Assert.Equal(["/health/bladder#bladder-pain", "/health/bladder#getting-checked"],
            all.QuerySelectorAll("main .search-results h2 a").Select(link => link.GetAttribute("href")).Order());
        Assert.Null(all.QuerySelector("main .search-note"));

        var some = await client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString("kestrel zeppelin"));
        Assert.Equal("/health/bladder", some.QuerySelector("main .search-results h2 a")?.GetAttribute("href"));
        Assert.Contains("some of them", some.QuerySelector("main .search-note")?.TextContent);
    }
}
