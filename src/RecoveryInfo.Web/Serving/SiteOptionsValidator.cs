using Microsoft.Extensions.Options;

namespace RecoveryInfo.Web.Serving;

/// <summary>Stops start-up with one clear message when <c>Site:BaseUrl</c> is not a usable public address.</summary>
public sealed class SiteOptionsValidator : IValidateOptions<SiteOptions>
{
    public ValidateOptionsResult Validate(string? name, SiteOptions options)
    {
        const string Setting = "Site:BaseUrl (environment variable Site__BaseUrl)";
        if (string.IsNullOrWhiteSpace(options.BaseUrl))
        {
            return ValidateOptionsResult.Fail($"No public address is configured. Set {Setting} to the address readers use, such as https://recovery.example.");
        }

        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http")
            || uri.UserInfo.Length > 0
            || uri.AbsolutePath != "/"
            || uri.Query.Length > 0
            || uri.Fragment.Length > 0)
        {
            return ValidateOptionsResult.Fail(
                $"{Setting} is '{options.BaseUrl}'; it must be just the scheme and host readers use (and port, if any), such as https://recovery.example.");
        }

        return ValidateOptionsResult.Success;
    }
}
