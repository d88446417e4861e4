using System.Diagnostics;

namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>The built site run once as its own process (<c>dotnet RecoveryInfo.Web.dll ARGS</c>), for commands and start-up as a person sees them.</summary>
public static class SiteProcess
{
    /// <summary>Only there so a command that never ends fails the test instead of hanging it.</summary>
    private static readonly TimeSpan _guard = TimeSpan.FromMinutes(3);

    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RecoveryInfo.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(_guard);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
