using Microsoft.AspNetCore.HostFiltering;

namespace RecoveryInfo.Web.Security;

/// <summary>
/// Outside Development, requests are answered only for the host in <c>Site:BaseUrl</c> and loopback
/// (for health checks and the export's own requests), unless <c>AllowedHosts</c> lists hosts itself.
/// A "*" is not honoured there: a site that answers for any name can be framed under someone else's.
/// Development keeps "*", so <c>dotnet run</c> works from any address.
/// </summary>
public static class AllowedHostsPolicy
{
    private static readonly string[] _loopback = ["localhost", "127.0.0.1", "[::1]"];

    public static void Configure(HostFilteringOptions options, IConfiguration configuration, IHostEnvironment environment, string baseUrl)
    {
        var configured = configuration["AllowedHosts"]?.Trim();
        if (environment.IsDevelopment() || (!string.IsNullOrEmpty(configured) && configured != "*"))
        {
            return;
        }

        options.AllowedHosts = Uri.TryCreate(baseUrl, UriKind.Absolute, out var site) && !_loopback.Contains(site.Host, StringComparer.OrdinalIgnoreCase)
            ? [site.Host, .. _loopback]
            : [.. _loopback];
    }
}
