using Microsoft.Extensions.Options;

namespace RecoveryInfo.Web.Hosting;

/// <summary>Finds the settings problem behind a failed start-up, however the host wrapped it.</summary>
public static class StartupFailure
{
    /// <summary>True when the site is its own process, not hosted by a test's WebApplicationFactory.</summary>
    public static bool IsOwnProcess => System.Reflection.Assembly.GetEntryAssembly() == typeof(StartupFailure).Assembly;

    public static OptionsValidationException? Settings(Exception exception) => exception switch
    {
        OptionsValidationException settings => settings,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Settings).FirstOrDefault(found => found is not null),
        _ when exception.InnerException is { } inner => Settings(inner),
        _ => null,
    };
}
