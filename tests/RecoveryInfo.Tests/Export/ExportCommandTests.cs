using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Export;

/// <summary>The real <c>export</c> command, run as a separate process the way an operator runs it.</summary>
public sealed class ExportCommandTests
{
    [Fact]
    public async Task Content_errors_stop_the_export_before_anything_is_written()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("recoveryinfo-export-").FullName, "site");

        var (exitCode, stdout, stderr) = await RunExportAsync(output, Fixtures.CopyContent(Fixtures.ContentPath));

        Assert.Equal(1, exitCode);
        Assert.Contains("content/alpha/broken.md:1:1: error:", stderr);
        Assert.Contains("nothing was written", stderr);
        Assert.False(Directory.Exists(output), stdout);
    }

    [Fact]
    public async Task Clean_content_is_exported_with_progress()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("recoveryinfo-export-").FullName, "site");

        var (exitCode, stdout, stderr) = await RunExportAsync(output, ExportFixture.CleanContent(), "--search-origin", "https://search.example");

        Assert.True(exitCode == 0, stderr + stdout);
        Assert.Contains("200 /care/first-steps -> care/first-steps/index.html", stdout);
        Assert.Contains("search forms point at https://search.example/search", stdout);
        foreach (var file in new[] { "index.html", "care/first-steps/index.html", "404.html", "feed.xml", "_redirects", "old/first-steps/index.html", "start/index.html" })
        {
            Assert.True(File.Exists(Path.Combine(output, file)), $"{file} missing");
        }
    }

    [Theory]
    [InlineData]
    [InlineData("--search-origin", "javascript:alert(1)", "/tmp/out")]
    [InlineData("/tmp/out", "--bogus")]
    public async Task Wrong_arguments_print_the_usage(params string[] arguments)
    {
        var (exitCode, _, stderr) = await RunAsync(["export", .. arguments]);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("export:", stderr);
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> RunExportAsync(string output, string content, params string[] more) =>
        RunAsync(["export", output, "--content", content, .. more]);

    private static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string[] arguments) =>
        SiteProcess.RunAsync(Path.Combine(Path.GetDirectoryName(Fixtures.RealContentPath)!, "src", "RecoveryInfo.Web"), null, arguments);
}
