using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace RecoveryInfo.Web.Security;

/// <summary>
/// Which reverse proxies may tell the site the reader's address and whether they used HTTPS
/// (<c>X-Forwarded-For</c>, <c>X-Forwarded-Proto</c>). Only loopback by default; a deployment lists
/// its proxies in <c>ForwardedHeaders:KnownProxies</c>. The forwarded host is never trusted.
/// </summary>
public static class ProxyTrust
{
    public const string KnownProxiesKey = "ForwardedHeaders:KnownProxies";

    public static void Configure(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        var configured = configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? [];
        if (configured.Length == 0)
        {
            return;
        }

        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        foreach (var proxy in configured)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
        }
    }
}
