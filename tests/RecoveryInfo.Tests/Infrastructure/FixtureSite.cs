namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>The site over the fixture content under this test project.</summary>
public sealed class FixtureSite() : SiteFactory(Fixtures.ContentPath);
