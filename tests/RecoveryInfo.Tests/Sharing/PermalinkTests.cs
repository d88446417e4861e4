using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Sharing;

[Collection(FixtureSiteCollection.Name)]
public sealed class PermalinkTests(FixtureSite site)
{
    [Theory]
    [InlineData("/beta/first", new[] { "what-happens-next", "a-detail", "help" })]
    [InlineData("/beta/second", new[] { "pinned", "another-heading" })]
    [InlineData("/alpha/only", new[] { "the-only-heading" })]
    public async Task Every_h2_to_h4_has_an_id_and_a_permalink_named_after_it(string url, string[] ids)
    {
        var document = await site.CreateClient().GetDocumentAsync(url);

        var headings = document.QuerySelectorAll(".article-body h2, .article-body h3, .article-body h4").Where(heading => !heading.ClassList.Contains("care-card-heading")).ToList();
        Assert.Equal(ids, headings.Select(heading => heading.Id));
        foreach (var heading in headings)
        {
            var wrapper = heading.ParentElement!;
            Assert.Contains("section-heading", wrapper.ClassList);
            var permalink = Assert.Single(wrapper.QuerySelectorAll("a.permalink"));
            Assert.Equal("#" + heading.Id, permalink.GetAttribute("href"));
            Assert.Equal("Link to this section: " + heading.TextContent, Accessibility.Name(permalink));
            Assert.Null(permalink.GetAttribute("tabindex"));
            Assert.NotEqual("true", permalink.GetAttribute("aria-hidden"));
            // What sighted readers see says what it is: a link, not a bare "#".
            Assert.Equal("Link", Visible(permalink));
        }
    }

    [Fact]
    public async Task The_permalink_sits_beside_the_heading_so_the_heading_keeps_its_own_name()
    {
        var document = await site.CreateClient().GetDocumentAsync("/beta/first");

        var heading = document.GetElementById("what-happens-next")!;
        Assert.Equal("What happens next?", heading.TextContent);
        Assert.Empty(heading.QuerySelectorAll("a"));
        Assert.Equal("permalink", heading.NextElementSibling?.ClassName);
    }

    [Fact]
    public async Task A_custom_id_names_the_section_and_its_permalink_whatever_the_heading_says()
    {
        var document = await site.CreateClient().GetDocumentAsync("/beta/second");

        var heading = document.GetElementById("pinned");
        Assert.Equal("H2", heading?.TagName);
        Assert.Equal("Heading with a custom id", heading!.TextContent);
        var permalink = heading.ParentElement!.QuerySelector("a.permalink")!;
        Assert.Equal("#pinned", permalink.GetAttribute("href"));
        Assert.Equal("Link to this section: Heading with a custom id", Accessibility.Name(permalink));
    }

    [Fact]
    public async Task Each_section_names_its_page_so_a_reader_landing_on_it_sees_where_they_are()
    {
        var document = await site.CreateClient().GetDocumentAsync("/beta/second");

        Assert.All(document.QuerySelectorAll(".article-body .section-heading"), wrapper => Assert.Equal("Second article", wrapper.GetAttribute("data-page")));
    }

    private static string Visible(AngleSharp.Dom.IElement element) =>
        string.Concat(element.ChildNodes.Where(node => node is not AngleSharp.Dom.IElement child || !child.ClassList.Contains("visually-hidden")).Select(node => node.TextContent)).Trim();

    [Fact]
    public async Task An_anchor_alias_is_an_empty_target_just_before_the_current_heading()
    {
        var document = await site.CreateClient().GetDocumentAsync("/beta/first");

        var target = document.GetElementById("old-heading");
        Assert.NotNull(target);
        Assert.Equal("SPAN", target.TagName);
        Assert.Equal("", target.TextContent);
        Assert.Equal("what-happens-next", target.NextElementSibling?.Id);
        Assert.Contains("section-heading", target.ParentElement!.ClassList);
        Assert.Null(target.GetAttribute("tabindex"));
    }

    [Theory]
    [InlineData("/beta/first")]
    [InlineData("/beta/second")]
    [InlineData("/alpha/only")]
    public async Task Ids_on_article_pages_are_unique(string url)
    {
        var document = await site.CreateClient().GetDocumentAsync(url);

        var ids = document.QuerySelectorAll("[id]").Select(element => element.Id!).ToList();
        Assert.Equal(ids.Distinct(), ids);
    }

    [Fact]
    public async Task Article_pages_load_the_share_script_deferred_from_the_site_itself()
    {
        var client = site.CreateClient();
        var document = await client.GetDocumentAsync("/beta/first");

        var script = Assert.Single(document.QuerySelectorAll("script:not([src^='/js/quick-exit.js']):not([src^='/js/offline.js'])"));
        Assert.StartsWith("/js/share.js", script.GetAttribute("src"));
        Assert.True(script.HasAttribute("defer"));
        var response = await client.GetAsync(script.GetAttribute("src"));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_share_script_never_rewrites_the_address_so_text_fragments_keep_working()
    {
        var script = await site.CreateClient().GetStringAsync("/js/share.js");

        foreach (var forbidden in new[] { "location.hash", "location.href =", "location.replace", "location.assign", "history.", "scrollIntoView", ".focus({" })
        {
            Assert.DoesNotContain(forbidden, script);
        }
    }

    [Fact]
    public async Task The_stylesheet_marks_the_target_section_and_keeps_it_clear_of_the_top_edge()
    {
        var css = await site.CreateClient().GetStringAsync("/css/site.css");

        Assert.Matches(@":target\s*\{[^}]*scroll-margin-top", css);
        Assert.Matches(@"\.section-heading > :target,[^{]*\.anchor-alias:target ~ h2[^{]*\{[^}]*background", css);
    }
}
