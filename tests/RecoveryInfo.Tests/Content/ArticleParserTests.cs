using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Markdown;

namespace RecoveryInfo.Tests.Content;

public sealed class ArticleParserTests
{
    private readonly ArticleParser _parser = new(new MarkdownRenderer(), new FrontMatterReader());

    [Fact]
    public void Front_matter_becomes_the_articles_fields_and_its_url_comes_from_topic_and_file()
    {
        var diagnostics = new List<ContentDiagnostic>();

        var article = _parser.Parse(ContentFiles.Article("Sleep after stopping", order: 4), "content/treatment/sleep.md", "treatment", "sleep", 1, diagnostics);

        Assert.NotNull(article);
        Assert.Equal("/treatment/sleep", article.Url);
        Assert.Equal("Sleep after stopping", article.Title);
        Assert.Equal(4, article.Order);
        Assert.Equal(["https://example.org/a", "https://example.org/b"], article.Sources.Select(source => source.Url));
        Assert.Equal("a-heading", Assert.Single(article.Headings).Id);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_missing_description_is_an_error_at_the_front_matter_and_nothing_is_published()
    {
        var diagnostics = new List<ContentDiagnostic>();

        var article = _parser.Parse("---\ntitle: No description\n---\n\nText.\n", "content/treatment/bare.md", "treatment", "bare", 1, diagnostics);

        Assert.Null(article);
        Assert.Contains("content/treatment/bare.md:1:1: error: front matter is missing the required field 'description'", diagnostics.Select(found => found.ToString()));
    }

    [Fact]
    public void The_same_text_is_not_parsed_again_and_gives_the_same_findings()
    {
        var text = ContentFiles.Article("Cached", body: "He stayed clean.\n");
        var first = new List<ContentDiagnostic>();
        var second = new List<ContentDiagnostic>();

        var article = _parser.Parse(text, "content/a/cached.md", "a", "cached", 1, first);
        var again = _parser.Parse(text, "content/a/cached.md", "a", "cached", 2, second);

        Assert.Same(article, again);
        Assert.Equal(first, second);
        Assert.NotEmpty(first);
    }
}
