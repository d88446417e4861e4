using Microsoft.Extensions.Options;

namespace RecoveryInfo.Web.Serving;

/// <summary>Turns site paths into the absolute URLs readers share, from the configured <see cref="SiteOptions.BaseUrl"/>.</summary>
public sealed class PublicUrls(IOptions<SiteOptions> options)
{
    private readonly string _origin = new Uri(options.Value.BaseUrl, UriKind.Absolute).GetLeftPart(UriPartial.Authority);

    public string Absolute(string path) => _origin + (path.StartsWith('/') ? path : "/" + path);
}
