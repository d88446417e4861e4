using Microsoft.Extensions.Options;

namespace RecoveryInfo.Web.Content;

/// <summary>Fails start-up with one clear message when the content folder is missing or empty.</summary>
public sealed class ContentOptionsValidator(IHostEnvironment environment) : IValidateOptions<ContentOptions>
{
    public ValidateOptionsResult Validate(string? name, ContentOptions options)
    {
        const string Setting = "Content:Path (environment variable Content__Path)";
        if (options.ReloadQuietMilliseconds is < 0 or > 2000)
        {
            return ValidateOptionsResult.Fail(
                $"Content:ReloadQuietMilliseconds is {options.ReloadQuietMilliseconds}; it must be between 0 and 2000.");
        }

        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return ValidateOptionsResult.Fail($"No content folder is configured. Set {Setting}.");
        }

        var fullPath = ContentPaths.Resolve(environment.ContentRootPath, options.Path);
        if (!Directory.Exists(fullPath))
        {
            return ValidateOptionsResult.Fail(
                $"The content folder '{fullPath}' does not exist. Check the setting {Setting}.");
        }

        if (!Directory.EnumerateFiles(fullPath, "*.md", SearchOption.AllDirectories)
                .Any(file => !ContentPaths.IsEditorsGuide(fullPath, file)))
        {
            return ValidateOptionsResult.Fail(
                $"The content folder '{fullPath}' has no articles (*.md files). Check the setting {Setting}.");
        }

        return ValidateOptionsResult.Success;
    }
}
