using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>The site over a chosen content folder, in Production unless told otherwise.</summary>
public class SiteFactory(string contentPath, string environment = "Production") : WebApplicationFactory<Program>
{
    public CapturingSink Logs { get; } = new();

    public string ContentPath { get; } = contentPath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Content:Path", ContentPath);
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Logs));
    }

    /// <summary>A client that shows redirects instead of following them.</summary>
    public HttpClient CreateRawClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
