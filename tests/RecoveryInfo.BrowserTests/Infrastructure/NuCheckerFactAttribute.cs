namespace RecoveryInfo.BrowserTests.Infrastructure;

/// <summary>A fact that needs the Nu HTML Checker: skipped where it is not installed, except under CI=true.</summary>
public sealed class NuCheckerFactAttribute : FactAttribute
{
    public NuCheckerFactAttribute()
    {
        Skip = NuChecker.SkipReason;
    }
}
