using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RecoveryInfo.BrowserTests.Infrastructure;

/// <summary>The site over the repository's real <c>content/</c>, as readers get it (Production).</summary>
public sealed class RealContentSite : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:Path", RepositoryPaths.Content);
        // One log line per request would only slow the run; warnings and errors still show.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
