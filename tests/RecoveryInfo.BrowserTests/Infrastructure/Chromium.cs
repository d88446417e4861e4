namespace RecoveryInfo.BrowserTests.Infrastructure;

/// <summary>
/// Where Debian's Chromium is, and whether its absence skips the browser tests (a developer's
/// machine without it) or fails them (CI, where a silently skipped suite would prove nothing).
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary><c>CHROMIUM_PATH</c> overrides the Debian location.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : DefaultPath;

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string MissingMessage =>
        $"Chromium was not found at {ExecutablePath}. Install it with 'sudo apt-get install chromium' " +
        "(or set CHROMIUM_PATH to a Chromium executable) to run the browser tests.";

    /// <summary>Null when the tests should run; otherwise why they are skipped. Never skipped when CI=true.</summary>
    public static string? SkipReason => IsInstalled || IsCi ? null : MissingMessage;
}
