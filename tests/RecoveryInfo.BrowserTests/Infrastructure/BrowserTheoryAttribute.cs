namespace RecoveryInfo.BrowserTests.Infrastructure;

/// <summary>The theory form of <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        Skip = Chromium.SkipReason;
    }
}
