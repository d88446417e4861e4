using System.Diagnostics;

namespace RecoveryInfo.Tests.Hosting;

/// <summary>What a person starting the site sees when a setting stops it: the real process, not a test host.</summary>
public sealed class StartupFailureTests
{
    [Fact]
    public async Task A_missing_content_folder_prints_one_line_naming_the_folder_and_the_setting_and_exits_1()
    {
        var missing = Path.Combine(Path.GetTempPath(), "recoveryinfo-missing-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "RecoveryInfo.Web.dll"), "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Content__Path"] = missing;
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(guard.Token);

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single((await error).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(missing, line);
        Assert.Contains("Content:Path", line);
        Assert.Contains("does not exist", line);
        Assert.DoesNotContain("Unhandled exception", await output + line);
        Assert.DoesNotContain("   at ", await output);
    }
}
