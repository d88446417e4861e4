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

    private const UnixFileMode ReachableFolder = (UnixFileMode)0b111_101_101;
    private const UnixFileMode ReadableFile = (UnixFileMode)0b110_100_100;

    private readonly Process _process;
    private readonly string _folder;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<int> _port = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildSite(Process process, string folder, string homePath)
    {
        _process = process;
        _folder = folder;
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

        // All the site process is given to read or write, removed by Dispose. Right under /tmp, not
        // TMPDIR, which may sit in a folder that user "nobody" cannot enter.
        var folder = Path.Combine("/tmp", "recoveryinfo-site-" + Guid.NewGuid().ToString("N"));
        CreateReachableFolder(folder);
        var home = Directory.CreateDirectory(Path.Combine(folder, "home")).FullName;
        File.SetUnixFileMode(home, (UnixFileMode)0b111_111_111);
        var (assembly, contentRoot) = demote
            ? CopyBuild(folder)
            : (Path.Combine(AppContext.BaseDirectory, "RecoveryInfo.Web.dll"), WebProjectPath);
        var start = new ProcessStartInfo(demote ? "setpriv" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        if (demote)
        {
            foreach (var argument in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "--", "dotnet" })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in new[] { assembly, "--urls", "http://127.0.0.1:0", "--contentRoot", contentRoot })
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
        start.Environment["HOME"] = home;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var site = new ChildSite(process, folder, home);
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

    /// <summary>
    /// A fresh copy of a content folder that a test may change freely and that user "nobody" can read, for
    /// <see cref="StartAsync"/> with <c>asUnprivilegedUser</c>: right under /tmp, folders 0755, files 0644. It is
    /// named <c>content</c>, as in <see cref="Fixtures.CopyContent"/>; the test deletes its parent folder.
    /// </summary>
    public static string CopyContent(string source)
    {
        var parent = Path.Combine("/tmp", "recoveryinfo-content-" + Guid.NewGuid().ToString("N"));
        CreateReachableFolder(parent);
        var target = Path.Combine(parent, "content");
        CopyReachable(source, target);
        return target;
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
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A leftover in /tmp, rather than a failure that hides the test's own.
        }
    }

    private static string WebProjectPath =>
        Path.Combine(Path.GetDirectoryName(Fixtures.RealContentPath)!, "src", "RecoveryInfo.Web");

    /// <summary>
    /// Copies the build output and the web project (the content root) into the site's folder: user "nobody"
    /// cannot reach them in a clone inside a private folder (mode 0700, as mktemp -d or /root gives).
    /// </summary>
    private static (string Assembly, string ContentRoot) CopyBuild(string folder)
    {
        var binaries = Path.Combine(folder, "bin");
        var contentRoot = Path.Combine(folder, "web");
        CopyReachable(AppContext.BaseDirectory, binaries);
        CopyReachable(WebProjectPath, contentRoot, "bin", "obj");
        return (Path.Combine(binaries, "RecoveryInfo.Web.dll"), contentRoot);
    }

    /// <summary>The mode is set after creating, since the umask may close new folders to other users.</summary>
    private static void CreateReachableFolder(string folder)
    {
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, ReachableFolder);
    }

    /// <summary>Copies a folder with folders 0755 and files 0644, leaving out the top-level folders named in <paramref name="leaveOut"/>.</summary>
    private static void CopyReachable(string source, string target, params string[] leaveOut)
    {
        CreateReachableFolder(target);
        foreach (var entry in new DirectoryInfo(source).EnumerateFileSystemInfos())
        {
            var destination = Path.Combine(target, entry.Name);
            if (entry is not DirectoryInfo)
            {
                File.Copy(entry.FullName, destination);
                File.SetUnixFileMode(destination, ReadableFile);
            }
            else if (!leaveOut.Contains(entry.Name))
            {
                CopyReachable(entry.FullName, destination);
            }
        }
    }

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
