using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace RecoveryInfo.Web.Serving;

/// <summary>
/// Cache headers for files in wwwroot. A URL whose <c>?v=</c> matches the file's current content
/// hash (what <c>asp-append-version</c> writes) can be kept for a year: a changed file gets a new
/// URL. Any other URL of the same file is only kept briefly, so an edit shows up soon.
/// </summary>
public sealed class StaticAssetCaching(IFileVersionProvider versions)
{
    public const string Fingerprinted = "public, max-age=31536000, immutable";
    public const string NotFingerprinted = "public, max-age=300";

    public void OnPrepareResponse(StaticFileResponseContext context)
    {
        var request = context.Context.Request;
        var headers = context.Context.Response.Headers;
        headers.CacheControl = IsCurrentFingerprint(request) ? Fingerprinted : NotFingerprinted;
        headers.Vary = HeaderNames.AcceptEncoding;
    }

    private bool IsCurrentFingerprint(HttpRequest request)
    {
        var requested = request.Query["v"];
        if (requested.Count != 1 || string.IsNullOrEmpty(requested[0]) || request.Path.Value is not { } path)
        {
            return false;
        }

        var versioned = versions.AddFileVersionToPath(request.PathBase, path);
        var marker = versioned.IndexOf("?v=", StringComparison.Ordinal);
        return marker >= 0 && string.Equals(versioned[(marker + 3)..], requested[0], StringComparison.Ordinal);
    }
}
