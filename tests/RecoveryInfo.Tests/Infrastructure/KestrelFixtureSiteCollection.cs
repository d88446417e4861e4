namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>Tests in this collection share one real-port site over the fixture content.</summary>
[CollectionDefinition(Name)]
public sealed class KestrelFixtureSiteCollection : ICollectionFixture<KestrelFixtureSite>
{
    public const string Name = "Kestrel fixture site";
}
