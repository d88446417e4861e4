using System.Text;
using RecoveryInfo.Web.Export;

namespace RecoveryInfo.Tests.Export;

public sealed class ExportWriterTests
{
    [Theory]
    [InlineData("/", true, "index.html")]
    [InlineData("/beta/first", true, "beta/first/index.html")]
    [InlineData("/css/site.css?v=abc", false, "css/site.css")]
    [InlineData("/feed.xml", false, "feed.xml")]
    public void Urls_map_to_files_under_the_output_folder(string url, bool isPage, string file)
    {
        Assert.Equal(file, ExportPaths.ForUrl(url, isPage));
    }

    [Theory]
    [InlineData("/../escape")]
    [InlineData("/a/%2e%2e/%2e%2e/escape")]
    [InlineData("/a//b")]
    [InlineData("/a\\..\\b")]
    [InlineData("/c:/windows")]
    public void Urls_that_could_escape_the_output_folder_are_refused(string url)
    {
        Assert.Throws<ExportException>(() => ExportPaths.ForUrl(url, isPage: true));
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("/etc/escape.html")]
    [InlineData("a/../../escape.html")]
    public void The_writer_refuses_a_path_outside_the_output_folder_and_writes_nothing(string relative)
    {
        var parent = Directory.CreateTempSubdirectory("recoveryinfo-writer-").FullName;
        var output = Path.Combine(parent, "site");

        Assert.Throws<ExportException>(() => ExportWriter.Write(output, Site(("index.html", "home"), (relative, "bad"))));

        Assert.Empty(Directory.EnumerateFileSystemEntries(parent));
    }

    [Fact]
    public void A_non_empty_folder_without_a_previous_export_is_left_alone()
    {
        var output = Directory.CreateTempSubdirectory("recoveryinfo-writer-").FullName;
        File.WriteAllText(Path.Combine(output, "precious.txt"), "keep me");

        var exception = Assert.Throws<ExportException>(() => ExportWriter.Write(output, Site(("index.html", "home"))));

        Assert.Contains("not empty", exception.Message);
        Assert.Equal([Path.Combine(output, "precious.txt")], Directory.EnumerateFileSystemEntries(output));
    }

    [Fact]
    public void Exporting_again_removes_pages_that_are_gone_and_keeps_files_the_export_did_not_write()
    {
        var output = Directory.CreateTempSubdirectory("recoveryinfo-writer-").FullName;
        ExportWriter.Write(output, Site(("index.html", "home"), ("old/page/index.html", "old")));
        File.WriteAllText(Path.Combine(output, "CNAME"), "recovery.example");

        ExportWriter.Write(output, Site(("index.html", "new home"), ("new/index.html", "new")));

        Assert.False(Directory.Exists(Path.Combine(output, "old")));
        Assert.Equal("new home", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal("recovery.example", File.ReadAllText(Path.Combine(output, "CNAME")));
        Assert.Equal(["index.html", "new/index.html"], File.ReadAllLines(Path.Combine(output, ExportWriter.ManifestFile)));
    }

    [Fact]
    public void The_writer_does_not_write_through_a_symbolic_link()
    {
        var parent = Directory.CreateTempSubdirectory("recoveryinfo-writer-").FullName;
        var output = Path.Combine(parent, "site");
        var elsewhere = Path.Combine(parent, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        ExportWriter.Write(output, Site(("index.html", "home")));
        Directory.CreateSymbolicLink(Path.Combine(output, "beta"), elsewhere);

        Assert.Throws<ExportException>(() => ExportWriter.Write(output, Site(("index.html", "home"), ("beta/index.html", "beta"))));

        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
    }

    private static ExportedSite Site(params (string Path, string Text)[] files) =>
        new(files.ToDictionary(file => file.Path, file => Encoding.UTF8.GetBytes(file.Text)), new Dictionary<string, string>(), []);
}
