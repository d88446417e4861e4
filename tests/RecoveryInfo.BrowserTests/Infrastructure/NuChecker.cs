using System.Diagnostics;

namespace RecoveryInfo.BrowserTests.Infrastructure;

/// <summary>
/// The Nu HTML Checker (vnu.jar, from the npm package vnu-jar) run with Java. <c>.ci/run</c>
/// installs it into a temporary folder and sets <c>VNU_JAR</c>.
/// </summary>
public static class NuChecker
{
    public static string? JarPath => Environment.GetEnvironmentVariable("VNU_JAR") is { Length: > 0 } path ? path : null;

    public static bool IsInstalled => JarPath is { } path && File.Exists(path);

    public const string MissingMessage =
        "The Nu HTML Checker was not found: set VNU_JAR to vnu.jar (for example 'npm install --prefix /tmp/vnu --ignore-scripts vnu-jar', " +
        "then VNU_JAR=/tmp/vnu/node_modules/vnu-jar/build/dist/vnu.jar) and install Java. .ci/run does both.";

    public static string? SkipReason => IsInstalled || Chromium.IsCi ? null : MissingMessage;

    /// <summary>Checks the files and returns the errors, one per line (empty when the HTML is valid).</summary>
    public static async Task<string> CheckAsync(IEnumerable<string> files)
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException(MissingMessage);
        }

        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-jar", JarPath!, "--errors-only", "--format", "gnu" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start java");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var report = (await output + await errors).Trim();
        return process.ExitCode == 0 ? "" : report.Length > 0 ? report : $"vnu.jar exited with {process.ExitCode}";
    }
}
