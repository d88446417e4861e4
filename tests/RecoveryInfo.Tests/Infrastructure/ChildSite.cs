using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>
/// The built site run as its own process (<c>dotnet RecoveryInfo.Web.dll</c>), for what only a real
/// process shows: signals, exit codes, and file permissions as an ordinary user sees them.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed partial class ChildSite : IDisposable
{
    /// <summary>Only there so a site that never starts fails the test instead of hanging it.</summary>
    private static readonly TimeSpan _startGuard = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<int> _port = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildSite(Process process, string homePath)
    {
        _process = process;
        HomePath = homePath;
        _process.OutputDataReceived += (_, line) => Receive(line.Data);
        _process.ErrorDataReceived += (_, line) => Receive(line.Data);
        _process.Exited += (_, _) => _port.TrySetException(new InvalidOperationException("the site exited before listening:\n" + Output));
    }

    public int ProcessId => _process.Id;

    /// <summary>A fresh, empty, world-writable folder given to the site as its HOME, to see whether it writes anything there.</summary>
    public string HomePath { get; }

    public int Port { get; private set; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public string Output => string.Join('\n', _output);

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>True when running as root, where file permissions do not bind and the site must run as "nobody" to see them.</summary>
    public static bool RunningAsRoot => Environment.UserName == "root";

    /// <param name="contentPath">The content folder.</param>
    /// <param name="asUnprivilegedUser">Run as user "nobody" (through setpriv) when the tests run as root.</param>
    /// <param name="arguments">Extra command-line arguments for the site.</param>
    public static async Task<ChildSite> StartAsync(string contentPath, bool asUnprivilegedUser = false, params string[] arguments)
    {
        var demote = asUnprivilegedUser && RunningAsRoot;
        var start = new ProcessStartInfo(demote ? "setpriv" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (demote)
        {
            foreach (var argument in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "--", "dotnet" })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "RecoveryInfo.Web.dll"), "--urls", "http://127.0.0.1:0", "--contentRoot", WebProjectPath })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Content__Path"] = contentPath;
        start.Environment["DOTNET_NOLOGO"] = "1";
        var home = Directory.CreateTempSubdirectory("recoveryinfo-home-").FullName;
        File.SetUnixFileMode(home, (UnixFileMode)0b111_111_111);
        start.Environment["HOME"] = home;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var site = new ChildSite(process, home);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            site.Port = await site._port.Task.WaitAsync(_startGuard);
        }
        catch
        {
            site.Dispose();
            throw;
        }

        return site;
    }

    /// <summary>What a service manager sends to stop the site: SIGTERM, not the SIGKILL of <see cref="Process.Kill()"/>.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public bool WaitForExit(TimeSpan timeout) => _process.WaitForExit(timeout);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static string WebProjectPath =>
        Path.Combine(Path.GetDirectoryName(Fixtures.RealContentPath)!, "src", "RecoveryInfo.Web");

    private void Receive(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (ListeningOn().Match(line) is { Success: true } match)
        {
            _port.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"Now listening on: http://127\.0\.0\.1:(\d+)")]
    private static partial Regex ListeningOn();
}
