using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RecoveryInfo.BrowserTests.Infrastructure;

/// <summary>The site over one of the unit tests' fixture folders (tests/RecoveryInfo.Tests/Fixtures/NAME), as readers get it.</summary>
public sealed class FixtureContentSite(string fixture) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:Path", Path.Combine(RepositoryPaths.Root, "tests", "RecoveryInfo.Tests", "Fixtures", fixture));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
