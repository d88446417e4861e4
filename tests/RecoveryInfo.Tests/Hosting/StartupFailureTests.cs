using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Hosting;

/// <summary>What a person starting the site sees when a setting stops it: the real process, not a test host.</summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task A_missing_content_folder_prints_one_line_naming_the_folder_and_the_setting_and_exits_1()
    {
        var missing = Path.Combine(Path.GetTempPath(), "recoveryinfo-missing-" + Guid.NewGuid().ToString("N"));
        var (exitCode, output, error) = await SiteProcess.RunAsync(
            Path.GetTempPath(),
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Content__Path"] = missing, ["DOTNET_NOLOGO"] = "1" },
            "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(missing, line);
        Assert.Contains("Content:Path", line);
        Assert.Contains("does not exist", line);
        Assert.DoesNotContain("Unhandled exception", output + line);
        Assert.DoesNotContain("   at ", output);
    }
}
