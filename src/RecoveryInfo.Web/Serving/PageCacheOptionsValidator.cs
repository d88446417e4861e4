using Microsoft.Extensions.Options;

namespace RecoveryInfo.Web.Serving;

/// <summary>Stops start-up with a clear message when a cache lifetime is negative.</summary>
public sealed class PageCacheOptionsValidator : IValidateOptions<PageCacheOptions>
{
    public ValidateOptionsResult Validate(string? name, PageCacheOptions options)
    {
        var problems = new List<string>();
        Require(options.PageMaxAgeSeconds, nameof(options.PageMaxAgeSeconds), problems);
        Require(options.StaleWhileRevalidateSeconds, nameof(options.StaleWhileRevalidateSeconds), problems);
        Require(options.StaleIfErrorSeconds, nameof(options.StaleIfErrorSeconds), problems);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Require(int seconds, string setting, List<string> problems)
    {
        if (seconds < 0)
        {
            problems.Add($"{PageCacheOptions.SectionName}:{setting} must be 0 or more seconds (it is {seconds}).");
        }
    }
}
