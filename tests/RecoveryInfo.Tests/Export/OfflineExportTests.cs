using System.Text;

namespace RecoveryInfo.Tests.Export;

/// <summary>The static export carries what offline urgent help needs: the worker, the script that registers it, and the offline page.</summary>
public sealed class OfflineExportTests(ExportFixture export) : IClassFixture<ExportFixture>
{
    [Theory]
    [InlineData("/service-worker.js", "service-worker.js")]
    [InlineData("/offline", "offline/index.html")]
    public async Task The_offline_files_are_exported_with_the_live_bytes(string url, string file)
    {
        var live = await export.Site.CreateRawClient().GetByteArrayAsync(url);

        Assert.True(live.AsSpan().SequenceEqual(export.ReadBytes(file)), $"{file} differs from the live {url}");
    }

    [Fact]
    public void Every_exported_page_registers_the_worker_with_the_content_version()
    {
        var home = export.ReadText("index.html");

        Assert.Contains("src=\"/js/offline.js?v=", home, StringComparison.Ordinal);
        Assert.Contains("data-version=\"", home, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(export.OutputFolder, "js", "offline.js")));
        Assert.Contains("tel:", Encoding.UTF8.GetString(export.ReadBytes("offline/index.html")), StringComparison.Ordinal);
    }
}
