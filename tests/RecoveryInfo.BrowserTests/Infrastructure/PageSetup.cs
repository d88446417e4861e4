using Microsoft.Playwright;

namespace RecoveryInfo.BrowserTests.Infrastructure;

/// <summary>How the reader's browser is set up for one test: screen size, colour and motion preferences, script.</summary>
public sealed record PageSetup(
    int Width = 390,
    int Height = 844,
    ColorScheme Scheme = ColorScheme.Light,
    ReducedMotion Motion = ReducedMotion.NoPreference,
    bool JavaScript = true)
{
    public static PageSetup Phone { get; } = new();

    public static PageSetup Desktop { get; } = new(1280, 900);
}
