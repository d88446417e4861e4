using System.Net;

namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>
/// The site on a real Kestrel loopback port, for what the in-memory test server cannot show: Kestrel's
/// own limits and headers, raw bytes on the wire, and the connection's remote address.
/// </summary>
public class KestrelSite : ConfiguredSite
{
    public KestrelSite(string contentPath, IReadOnlyDictionary<string, string?>? settings = null)
        : base(contentPath, settings ?? new Dictionary<string, string?>())
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    public int Port => BaseAddress.Port;
}
