using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Content;

/// <summary>The one place tests read the real articles: they must all load cleanly and render.</summary>
public sealed class RealContentTests
{
    private static ContentSnapshot Load() =>
        SnapshotBuilder.Create().Load(Fixtures.RealContentPath, includeDrafts: false);

    [Fact]
    public void Real_content_loads_with_no_errors()
    {
        var snapshot = Load();

        Assert.Empty(snapshot.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).Select(diagnostic => diagnostic.ToString()));
        Assert.NotEmpty(snapshot.Articles);
    }

    [Fact]
    public void The_anchor_registry_lists_every_published_link()
    {
        var registryFindings = Load().Diagnostics.Where(diagnostic => diagnostic.Path == "content/anchors.txt").Select(diagnostic => diagnostic.ToString());

        Assert.Empty(registryFindings);
    }

    [Fact]
    public async Task Every_real_page_renders_through_http()
    {
        using var site = new SiteFactory(Fixtures.RealContentPath);
        var client = site.CreateClient();
        var snapshot = Load();

        var urls = snapshot.Topics.Select(section => section.Url).Concat(snapshot.Articles.Select(article => article.Url)).Prepend("/");
        foreach (var url in urls)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
            var document = await Html.ParseAsync(response);
            Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("main h1")?.TextContent), url);
        }
    }
}
