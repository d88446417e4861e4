using AngleSharp.Dom;
using RecoveryInfo.Tests.Infrastructure;
using static RecoveryInfo.Tests.Search.ResultsPage;

namespace RecoveryInfo.Tests.Search;

[Collection(SearchSiteCollection.Name)]
public sealed class SearchResultsTests(SearchSite site)
{
    private Task<IDocument> SearchAsync(string query, string extra = "") => GetAsync(site.CreateClient(), query, extra);

    private static List<string> Marks(IElement element) => [.. element.QuerySelectorAll("mark").Select(mark => mark.TextContent)];

    [Fact]
    public async Task A_result_is_a_page_with_its_matching_sections_under_it_as_links_to_their_anchors()
    {
        var document = await SearchAsync("bladder pain");

        var first = Results(document)[0];
        Assert.Equal("/health/bladder", first.QuerySelector("h2 a")?.GetAttribute("href"));
        Assert.Equal("Bladder problems", first.QuerySelector("h2")?.TextContent.Trim());
        Assert.Equal("In Health", first.QuerySelector(".search-result-where")?.TextContent.Trim());
        Assert.Equal("/health/bladder#bladder-pain", SectionLinks(first)[0]);
        var section = Section(document, "/health/bladder#bladder-pain");
        Assert.Equal("Bladder pain", section.QuerySelector("a")?.TextContent);
        Assert.Contains("common sign of bladder damage", section.QuerySelector(".search-result-snippet")?.TextContent);
    }

    [Fact]
    public async Task Each_page_is_one_result_however_many_of_its_sections_match()
    {
        foreach (var query in new[] { "bladder", "pee", "cravings", "ketamine", "sleep", "doctor pee" })
        {
            var document = await SearchAsync(query);

            var pages = PageLinks(document);
            Assert.NotEmpty(pages);
            Assert.Equal(pages.Distinct(), pages);
            Assert.All(Results(document), result =>
            {
                var page = result.QuerySelector("h2 a")!.GetAttribute("href")!;
                Assert.All(SectionLinks(result), link => Assert.StartsWith(page + "#", link));
                Assert.InRange(SectionLinks(result).Count, 0, 3);
            });
        }
    }

    [Fact]
    public async Task A_page_whose_title_matches_lists_only_the_sections_that_hold_the_word_themselves()
    {
        // "Bladder" is in the article's title and description, but only one of its sections says it.
        var document = await SearchAsync("bladder");

        Assert.Equal(["/health/bladder"], PageLinks(document));
        Assert.Equal(["/health/bladder#bladder-pain"], SectionLinks(Results(document)[0]));
    }

    [Fact]
    public async Task A_title_only_match_lists_no_section_and_shows_the_description()
    {
        var result = Assert.Single(Results(await SearchAsync("problems")));

        Assert.Equal("/health/bladder", result.QuerySelector("h2 a")?.GetAttribute("href"));
        Assert.Empty(SectionLinks(result));
        Assert.Equal("How ketamine can hurt the bladder.", result.QuerySelector(".search-result-snippet")?.TextContent);
    }

    [Theory]
    [InlineData("bladder pain")]
    [InlineData("pee doctor")]
    [InlineData("relapsing")]
    [InlineData("cravigns")]
    [InlineData("urine")]
    [InlineData("sleep withdrawal")]
    [InlineData("kestrel zeppelin")]
    public async Task Every_listed_section_shows_a_word_searched_for_in_its_heading_or_snippet(string query)
    {
        var document = await SearchAsync(query);

        var sections = document.QuerySelectorAll("main .search-result-sections > li").ToList();
        Assert.NotEmpty(PageLinks(document));
        Assert.All(sections, section => Assert.NotEmpty(Marks(section)));
    }

    [Fact]
    public async Task A_question_lands_on_the_section_that_answers_it()
    {
        var document = await SearchAsync("withdrawal how long");

        Assert.Equal("/health/withdrawal", PageLinks(document)[0]);
        Assert.Equal("/health/withdrawal#how-long-does-withdrawal-last", SectionLinks(Results(document)[0])[0]);
    }

    [Fact]
    public async Task A_match_before_the_first_heading_shows_the_page_with_its_opening_words_marked()
    {
        var result = Assert.Single(Results(await SearchAsync("kestrel")));

        Assert.Equal("/health/bladder", result.QuerySelector("h2 a")?.GetAttribute("href"));
        Assert.Empty(SectionLinks(result));
        Assert.Equal(["kestrel"], Marks(result.QuerySelector(".search-result-snippet")!));
    }

    [Fact]
    public async Task Every_result_link_points_at_a_page_and_heading_that_exist()
    {
        var client = site.CreateClient();
        var links = AllLinks(await SearchAsync("pee"));
        Assert.Contains(links, link => link.Contains('#'));

        foreach (var href in links)
        {
            var parts = href.Split('#');
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
        Assert.Contains(expected, AllLinks(await SearchAsync(query)));
    }

    [Theory]
    [InlineData("withdrawl", "/health/withdrawal#how-long-does-withdrawal-last")]
    [InlineData("ketamin", "/health/bladder")]
    [InlineData("bladdr", "/health/bladder#bladder-pain")]
    [InlineData("cravigns", "/recovery/relapse#making-a-plan")]
    public async Task A_misspelling_of_five_letters_or_more_still_finds_the_section(string query, string expected)
    {
        Assert.Contains(expected, AllLinks(await SearchAsync(query)));
    }

    [Fact]
    public async Task Matched_words_are_highlighted_with_mark_in_the_snippet()
    {
        var section = Section(await SearchAsync("relapsing"), "/recovery/relapse#warning-signs");

        Assert.Equal(["relapse"], Marks(section.QuerySelector(".search-result-snippet")!));
    }

    [Fact]
    public async Task A_misspelt_word_highlights_the_word_it_matched()
    {
        var section = Section(await SearchAsync("cravigns"), "/recovery/relapse#making-a-plan");

        Assert.Equal(["cravings"], Marks(section.QuerySelector(".search-result-snippet")!));
    }

    [Fact]
    public async Task A_corrected_spelling_says_what_was_searched_and_links_to_the_words_as_typed()
    {
        var corrected = await SearchAsync("withdrawl sleep");

        var note = corrected.QuerySelector("main .search-spelling");
        Assert.Equal("Showing results for withdrawal sleep. Search instead for withdrawl sleep.", note?.TextContent);
        Assert.Equal("withdrawal sleep", note?.QuerySelector("strong")?.TextContent);
        var original = note?.QuerySelector("a");
        Assert.Equal("withdrawl sleep", original?.TextContent);
        Assert.Equal("/search?q=withdrawl%20sleep&exact=1", original?.GetAttribute("href"));

        var asTyped = await site.CreateClient().GetDocumentAsync(original!.GetAttribute("href")!);
        Assert.Equal("withdrawl sleep", asTyped.QuerySelector("main h1 q")?.TextContent);
        Assert.Null(asTyped.QuerySelector("main .search-spelling"));
        Assert.Contains("some of them", asTyped.QuerySelector("main .search-note")?.TextContent);
        Assert.DoesNotContain("/health/withdrawal#how-long-does-withdrawal-last", AllLinks(asTyped));

        Assert.Null((await SearchAsync("withdrawal sleep")).QuerySelector("main .search-spelling"));
    }

    [Theory]
    [InlineData("urine", "/health/bladder#bladder-pain", "pee")]
    [InlineData("gp", "/health/bladder#getting-checked", "doctor")]
    public async Task A_synonym_from_the_content_finds_the_word_the_page_uses(string query, string section, string marked)
    {
        var document = await SearchAsync(query);

        var item = Section(document, section);
        Assert.Contains(marked, Marks(item).Select(mark => mark.ToLowerInvariant()));
    }

    [Fact]
    public async Task A_synonym_of_several_words_is_searched_as_one()
    {
        var result = Assert.Single(Results(await SearchAsync("bird of prey")));

        Assert.Equal("/health/bladder", result.QuerySelector("h2 a")?.GetAttribute("href"));
        Assert.Equal(["kestrel"], Marks(result.QuerySelector(".search-result-snippet")!));
    }

    [Fact]
    public async Task Snippets_show_markup_in_content_as_text_and_keep_emoji_whole()
    {
        var document = await SearchAsync("alert");

        var snippet = Section(document, "/health/bladder#drinking-water").QuerySelector(".search-result-snippet");
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
        var document = await SearchAsync("bedtime");

        Assert.Equal(["/health/withdrawal"], PageLinks(document));
        Assert.Equal("Poor sleep is common in the first week. What helps · a regular bedtime · less screen time",
            Section(document, "/health/withdrawal#sleep").QuerySelector(".search-result-snippet")?.TextContent);
    }

    [Fact]
    public async Task Pages_with_every_word_come_first_and_otherwise_any_word_is_enough()
    {
        var all = await SearchAsync("pee doctor");
        Assert.Equal(["/health/bladder"], PageLinks(all));
        Assert.Equal(["/health/bladder#bladder-pain", "/health/bladder#getting-checked"], SectionLinks(Results(all)[0]).Order());
        Assert.Null(all.QuerySelector("main .search-note"));

        // A page counts as having a word wherever it says it: "sleep" and "cravings" are in different sections.
        var acrossSections = await SearchAsync("sleep cravings");
        Assert.Equal(["/health/withdrawal"], PageLinks(acrossSections));
        Assert.Null(acrossSections.QuerySelector("main .search-note"));

        var some = await SearchAsync("kestrel zeppelin");
        Assert.Equal(["/health/bladder"], PageLinks(some));
        Assert.Contains("some of them", some.QuerySelector("main .search-note")?.TextContent);
    }
}
