using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Checks;

namespace RecoveryInfo.Tests.Content;

public sealed class UrlRulesTests
{
    private static readonly ContentSnapshot _fixture = SnapshotBuilder.Create().Load(Fixtures.ContentPath, includeDrafts: true);

    [Fact]
    public void An_alias_that_is_a_published_page_is_refused_and_a_good_one_redirects()
    {
        var topics = Rewrite("/beta/second", article => article with { Aliases = ["/beta/first", "Old/Second/"] });
        var diagnostics = new List<ContentDiagnostic>();

        var redirects = UrlRules.BuildRedirects(topics, diagnostics);

        Assert.Equal("/beta/second", redirects["/old/second"]);
        Assert.False(redirects.ContainsKey("/beta/first"));
        Assert.Equal("alias /beta/first is the URL of a published page", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Two_files_on_one_url_keep_the_page_already_served_and_report_the_other()
    {
        var topics = Rewrite("/beta/second", article => article with { Slug = "first" });
        var diagnostics = new List<ContentDiagnostic>();

        var kept = UrlRules.WithoutDuplicateUrls(topics, _fixture, diagnostics);

        var first = Assert.Single(kept.Single(topic => topic.Slug == "beta").Articles, article => article.Url == "/beta/first");
        Assert.Equal("content/beta/first.md", first.SourcePath);
        Assert.Equal("the URL /beta/first is already used by content/beta/first.md; set a different slug", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Drafts_are_left_out_of_what_is_served()
    {
        Assert.Contains(_fixture.Articles, article => article.Draft);

        var served = UrlRules.WithoutUnpublished([.. _fixture.Topics], _fixture.AsOf);

        Assert.DoesNotContain(served.SelectMany(topic => topic.Articles), article => article.Draft);
        Assert.Equal(_fixture.Articles.Count(article => !article.Draft), served.Sum(topic => topic.Articles.Count));
    }

    private static List<Topic> Rewrite(string url, Func<Article, Article> change) =>
        [.. _fixture.Topics.Select(topic => topic with { Articles = [.. topic.Articles.Select(article => article.Url == url ? change(article) : article)] })];
}
