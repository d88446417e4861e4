using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>
/// Sends bytes to a real port exactly as written, on a fresh connection, and reads until the server
/// closes it. Neither HttpClient nor the in-memory server would let a malformed request through.
/// </summary>
public static class RawHttp
{
    public sealed record Answer(int Status, string Head, string Body)
    {
        public string? Header(string name) =>
            Head.Split("\r\n").Skip(1)
                .Where(line => line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
                .Select(line => line[(name.Length + 1)..].Trim())
                .FirstOrDefault();
    }

    /// <returns>The answer, or null when the server sent nothing before closing or the timeout passed.</returns>
    public static async Task<Answer?> SendAsync(int port, byte[] request, TimeSpan timeout)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var deadline = new CancellationTokenSource(timeout);
        var received = new MemoryStream();
        try
        {
            await socket.ConnectAsync(IPAddress.Loopback, port, deadline.Token);
            try
            {
                await socket.SendAsync(request, SocketFlags.None, deadline.Token);
            }
            catch (SocketException)
            {
                // The server may answer (414, 431) and close before it has read everything sent.
            }

            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await socket.ReceiveAsync(buffer, SocketFlags.None, deadline.Token)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (SocketException) when (received.Length > 0)
        {
            // A reset after the answer arrived still leaves the answer to judge.
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        catch (SocketException)
        {
            return null;
        }

        return Parse(Encoding.Latin1.GetString(received.ToArray()));
    }

    public static Task<Answer?> SendAsync(int port, string request) =>
        SendAsync(port, Encoding.Latin1.GetBytes(request), TimeSpan.FromSeconds(30));

    private static Answer? Parse(string text)
    {
        var endOfHead = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = endOfHead < 0 ? text : text[..endOfHead];
        var parts = head.Split(' ', 3);
        return parts.Length >= 2 && parts[0].StartsWith("HTTP/", StringComparison.Ordinal) && int.TryParse(parts[1], out var status)
            ? new Answer(status, head, endOfHead < 0 ? "" : text[(endOfHead + 4)..])
            : null;
    }
}
