namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>Tests in this collection share one site over the fixture content.</summary>
[CollectionDefinition(Name)]
public sealed class FixtureSiteCollection : ICollectionFixture<FixtureSite>
{
    public const string Name = "Fixture site";
}
