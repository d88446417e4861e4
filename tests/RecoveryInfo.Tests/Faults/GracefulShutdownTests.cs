using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Faults;

/// <summary>
/// SIGTERM, as a service manager or container runtime sends it: the site stops accepting, finishes
/// what it is sending (for up to 3 s), and exits cleanly within 5 s of the signal, even when a
/// response cannot finish in time.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class GracefulShutdownTests
{
    private static readonly TimeSpan _shutdownTimeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task On_sigterm_the_site_refuses_new_connections_finishes_the_download_in_flight_and_exits_0()
    {
        var webRoot = Directory.CreateTempSubdirectory("recoveryinfo-webroot-").FullName;
        var big = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("0123456789abcdef", 1024 * 1024)));
        await File.WriteAllBytesAsync(Path.Combine(webRoot, "big.txt"), big);
        using var site = await ChildSite.StartAsync(Fixtures.CopyContent(Fixtures.ContentPath), false, "--webroot", webRoot);

        // A reader that pauses: 16 MB is more than the kernel's socket buffers hold, so the response
        // is still being sent while we stop reading and send the signal.
        using var download = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 64 * 1024 };
        await download.ConnectAsync(IPAddress.Loopback, site.Port);
        await download.SendAsync(Encoding.ASCII.GetBytes("GET /big.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        var received = new MemoryStream();
        var buffer = new byte[64 * 1024];
        while (!HeadEnds(received))
        {
            received.Write(buffer, 0, await download.ReceiveAsync(buffer));
        }

        site.Terminate();
        var sinceSignal = Stopwatch.StartNew();

        Assert.True(await RefusesConnectionsAsync(site.Port, _shutdownTimeout), "still accepting connections after SIGTERM\n" + site.Output);
        Assert.False(site.HasExited, "the site exited while a response was still being sent");

        var refusedAfter = sinceSignal.Elapsed;
        int read;
        try
        {
            while ((read = await download.ReceiveAsync(buffer)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (SocketException exception)
        {
            Assert.Fail($"{exception.Message} after {sinceSignal.Elapsed} with {received.Length} bytes (refused connections after {refusedAfter})\n{site.Output}");
        }

        var downloadedAfter = sinceSignal.Elapsed;

        var text = Encoding.ASCII.GetString(received.ToArray());
        var head = text[..text.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        Assert.StartsWith("HTTP/1.1 200", head);
        Assert.Equal(big.Length, received.Length - head.Length - 4);
        // On a starved machine reading 16 MB can itself use up the budget; the site still gets a second
        // to finish exiting after the last byte, rather than a negative wait that throws.
        var remaining = _shutdownTimeout - sinceSignal.Elapsed;
        Assert.True(site.WaitForExit(remaining > TimeSpan.FromSeconds(1) ? remaining : TimeSpan.FromSeconds(1)),
            $"still running {sinceSignal.Elapsed} after SIGTERM (refused connections after {refusedAfter}, download done after {downloadedAfter})");
        Assert.Equal(0, site.ExitCode);
        Assert.Contains("Application is shutting down", site.Output);
    }

    [Fact]
    public async Task A_response_that_would_outlast_the_grace_period_is_cut_off_so_the_site_still_exits_0_within_5_seconds()
    {
        var webRoot = Directory.CreateTempSubdirectory("recoveryinfo-webroot-").FullName;
        await File.WriteAllBytesAsync(Path.Combine(webRoot, "big.txt"), Encoding.ASCII.GetBytes(new string('x', 16 * 1024 * 1024)));
        using var site = await ChildSite.StartAsync(Fixtures.CopyContent(Fixtures.ContentPath), false, "--webroot", webRoot);

        // A reader that never reads past the head: the response can never finish, however long the site waits.
        using var stuck = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 64 * 1024 };
        await stuck.ConnectAsync(IPAddress.Loopback, site.Port);
        await stuck.SendAsync(Encoding.ASCII.GetBytes("GET /big.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        var received = new MemoryStream();
        var buffer = new byte[64 * 1024];
        while (!HeadEnds(received))
        {
            received.Write(buffer, 0, await stuck.ReceiveAsync(buffer));
        }

        site.Terminate();
        var sinceSignal = Stopwatch.StartNew();

        Assert.True(site.WaitForExit(_shutdownTimeout), $"still running {sinceSignal.Elapsed} after SIGTERM with a response that cannot finish\n{site.Output}");
        Assert.Equal(0, site.ExitCode);
    }

    [Fact]
    public async Task An_idle_site_exits_0_promptly_on_sigterm()
    {
        using var site = await ChildSite.StartAsync(Fixtures.CopyContent(Fixtures.ContentPath));
        using var client = new HttpClient { BaseAddress = site.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/beta/first")).StatusCode);

        site.Terminate();

        Assert.True(site.WaitForExit(_shutdownTimeout), "still running 5 s after SIGTERM");
        Assert.Equal(0, site.ExitCode);
    }

    private static bool HeadEnds(MemoryStream received) =>
        Encoding.ASCII.GetString(received.GetBuffer(), 0, (int)received.Length).Contains("\r\n\r\n", StringComparison.Ordinal);

    private static async Task<bool> RefusesConnectionsAsync(int port, TimeSpan within)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < within)
        {
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await probe.ConnectAsync(IPAddress.Loopback, port);
            }
            // A connection that reaches the listening socket just as it closes is reset rather than
            // refused: either way the site did not accept it.
            catch (SocketException exception) when (exception.SocketErrorCode is SocketError.ConnectionRefused or SocketError.ConnectionReset)
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }
}
