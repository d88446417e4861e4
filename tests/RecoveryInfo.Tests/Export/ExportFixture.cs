using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Cli;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Export;

namespace RecoveryInfo.Tests.Export;

/// <summary>
/// The fixture site without its deliberately broken article, exported once into a fresh folder
/// inside a parent folder of its own, so tests can also see that nothing landed beside it.
/// </summary>
public sealed class ExportFixture : IAsyncLifetime
{
    public ExportFixture()
    {
        ContentPath = CleanContent();
        Site = new SiteFactory(ContentPath);
        Parent = Directory.CreateTempSubdirectory("recoveryinfo-export-").FullName;
        OutputFolder = Path.Combine(Parent, "site");
    }

    public string ContentPath { get; }
    public SiteFactory Site { get; }
    public string Parent { get; }
    public string OutputFolder { get; }
    public StringWriter Progress { get; } = new();
    public ExportedSite Result { get; private set; } = null!;

    /// <summary>A fresh copy of the fixture content with no errors, which the export requires.</summary>
    public static string CleanContent() =>
        Fixtures.CopyContent(Path.Combine(AppContext.BaseDirectory, "Fixtures", "export-content"));

    public async Task InitializeAsync()
    {
        var client = Site.CreateRawClient();
        var webRoot = Site.Services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider;
        var exporter = new SiteExporter(client, "http://localhost:5080", searchOrigin: "", Progress);
        Result = await exporter.ExportAsync(Site.Services.GetRequiredService<ContentStore>().Current, ExportCommand.StaticFiles(webRoot, ""));
        ExportWriter.Write(OutputFolder, Result);
    }

    public string ReadText(string relative) => File.ReadAllText(Path.Combine(OutputFolder, relative));

    public byte[] ReadBytes(string relative) => File.ReadAllBytes(Path.Combine(OutputFolder, relative));

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}
