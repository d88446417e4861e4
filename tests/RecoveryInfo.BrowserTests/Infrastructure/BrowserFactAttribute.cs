namespace RecoveryInfo.BrowserTests.Infrastructure;

/// <summary>
/// A fact that needs Chromium: skipped with install instructions where it is missing, except
/// under CI=true. Built on SkippableFact so a test may also skip itself for a feature not yet
/// built (search, the share control), with a reason shown in the test report.
/// </summary>
public sealed class BrowserFactAttribute : SkippableFactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = Chromium.SkipReason;
    }
}
