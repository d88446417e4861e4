using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Markdown;

namespace RecoveryInfo.Tests.Content;

public sealed class ArticleSectionTests
{
    private static IReadOnlyList<ArticleSection> Sections(string body) =>
        new MarkdownRenderer().ReadSections("---\ntitle: T\ndescription: D\n---\n\n" + body);

    [Fact]
    public void Text_before_the_first_h2_is_an_introduction_and_each_h2_starts_a_section()
    {
        var sections = Sections("""
            Opening words.

            ## First part

            First text.

            ### A detail

            Detail text.

            - a list item

            ## Second part {#custom}

            :::info
            Callout text.
            :::

            | A | B |
            | - | - |
            | cell one | cell two |
            """);

        Assert.Equal(
            [("", "", "Opening words."), ("first-part", "First part", "First text.\nA detail\nDetail text.\na list item"), ("custom", "Second part", "Callout text.\nA\nB\ncell one\ncell two")],
            sections.Select(section => (section.HeadingId, section.HeadingText, section.PlainText)));
        Assert.True(sections[0].IsIntroduction);
        Assert.False(sections[1].IsIntroduction);
    }

    [Fact]
    public void An_article_that_starts_with_a_heading_has_no_empty_introduction_but_keeps_empty_sections()
    {
        var sections = Sections("## Only heading\n\n## Second\n\nText.\n");

        Assert.Equal([("only-heading", ""), ("second", "Text.")], sections.Select(section => (section.HeadingId, section.PlainText)));
    }

    [Fact]
    public void Sections_reach_the_article_in_the_snapshot()
    {
        var snapshot = SnapshotBuilder.Create()
            .Load(Infrastructure.Fixtures.ContentPath, includeDrafts: false);

        var article = snapshot.FindArticle("/beta/second")!;
        Assert.Equal(["pinned", "another-heading"], article.ReadSections().Select(section => section.HeadingId));
        Assert.Equal("Pinned section text.", article.ReadSections()[0].PlainText);
    }
}
