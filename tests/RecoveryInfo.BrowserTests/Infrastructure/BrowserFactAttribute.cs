namespace RecoveryInfo.BrowserTests.Infrastructure;

/// <summary>A fact that needs Chromium: skipped with install instructions where it is missing, except under CI=true.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = Chromium.SkipReason;
    }
}
