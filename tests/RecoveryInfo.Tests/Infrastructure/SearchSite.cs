namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>The site over the search fixture content.</summary>
public sealed class SearchSite() : SiteFactory(Fixtures.SearchContentPath);
