using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Pages;

/// <summary>Pictures live in content/images/ and are served at /images/, and nothing else from the content folder is.</summary>
public sealed class ContentImageTests
{
    private static readonly byte[] _png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    [Fact]
    public async Task An_image_in_the_images_folder_is_served_with_its_type_and_used_by_the_article()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        ContentFiles.Write(folder, "beta/pictured.md", ContentFiles.Article("Pictured", order: 3, body: "## A heading\n\n![A one-pixel picture](/images/dot.png)\n"));
        Directory.CreateDirectory(Path.Combine(folder, "images"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "images", "dot.png"), _png);
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();

        var page = await client.GetDocumentAsync("/beta/pictured");
        var image = page.QuerySelector(".article-body img");
        Assert.Equal("/images/dot.png", image?.GetAttribute("src"));
        Assert.Equal("A one-pixel picture", image?.GetAttribute("alt"));

        var response = await client.GetAsync("/images/dot.png");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(_png, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_images_folder_created_while_the_site_runs_is_served()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        Assert.Equal(404, (int)(await client.GetAsync("/images/late.png")).StatusCode);

        Directory.CreateDirectory(Path.Combine(folder, "images"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "images", "late.png"), _png);

        Assert.Equal(200, (int)(await client.GetAsync("/images/late.png")).StatusCode);
    }

    [Theory]
    [InlineData("/images/notes.txt")]
    [InlineData("/images/drawing.svg")]
    [InlineData("/images/.hidden.png")]
    [InlineData("/images/../site.yml")]
    [InlineData("/images/..%2fsite.yml")]
    [InlineData("/images/%2e%2e/beta/first.md")]
    [InlineData("/images/")]
    [InlineData("/site.yml")]
    [InlineData("/beta/first.md.png")]
    public async Task Nothing_but_pictures_inside_the_images_folder_is_served(string path)
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        Directory.CreateDirectory(Path.Combine(folder, "images"));
        await File.WriteAllTextAsync(Path.Combine(folder, "images", "notes.txt"), "private notes");
        await File.WriteAllTextAsync(Path.Combine(folder, "images", "drawing.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        await File.WriteAllBytesAsync(Path.Combine(folder, "images", ".hidden.png"), _png);
        using var site = new SiteFactory(folder);

        var (status, body, _) = await site.GetRawPathAsync(path);

        Assert.True(status is 400 or 404 or 301, $"{path} answered {status}");
        Assert.DoesNotContain("private notes", body);
        Assert.DoesNotContain("<script>alert(1)", body);
        Assert.DoesNotContain("urgent_help:", body);
        Assert.DoesNotContain("title: First article", body);
    }

    [Fact]
    public async Task The_images_folder_is_not_a_topic()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        ContentFiles.Write(folder, "images/stray.md", ContentFiles.Article("Stray"));
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();

        var home = await client.GetDocumentAsync("/");
        Assert.DoesNotContain(home.QuerySelectorAll("nav[aria-label='Main'] a"), link => link.GetAttribute("href") == "/images");
        Assert.Equal(404, (int)(await client.GetAsync("/images/stray")).StatusCode);
    }
}
