namespace RecoveryInfo.BrowserTests.Infrastructure;

/// <summary>Browser tests share one site and one Chromium per collection: starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}
