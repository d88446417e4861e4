namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>Search tests share one site over the search fixture content.</summary>
[CollectionDefinition(Name)]
public sealed class SearchSiteCollection : ICollectionFixture<SearchSite>
{
    public const string Name = "Search site";
}
