namespace RecoveryInfo.BrowserTests.Infrastructure;

/// <summary>
/// The axe runs, about half the suite's time, get their own site and Chromium so they run
/// alongside the other browser tests on the second core.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AxeCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser (axe)";
}
