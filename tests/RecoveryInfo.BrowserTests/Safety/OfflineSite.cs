using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests.Safety;

/// <summary>
/// The site over a fresh copy of the fixture content, so a test can change <c>site.yml</c> and
/// watch the site (and the reader's saved copy) follow.
/// </summary>
public sealed class OfflineSite : BrowserSite
{
    public OfflineSite()
        : this(CopyFixture())
    {
    }

    private OfflineSite(string folder)
        : base(new Factory(folder))
    {
        ContentFolder = folder;
    }

    public string ContentFolder { get; }

    private static string CopyFixture()
    {
        var source = Path.Combine(RepositoryPaths.Root, "tests", "RecoveryInfo.Tests", "Fixtures", "content");
        var target = Path.Combine(Path.GetTempPath(), "recoveryinfo-browser-tests", Guid.NewGuid().ToString("N"), "content");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    private sealed class Factory(string folder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Content:Path", folder);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }
    }
}
