using System.Runtime.CompilerServices;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Sharing;

/// <summary>One <see cref="ShareCatalog"/> per content snapshot, dropped with the snapshot.</summary>
public sealed class ShareCatalogs(ContentStore store)
{
    private readonly ConditionalWeakTable<ContentSnapshot, ShareCatalog> _catalogs = [];

    public ShareCatalog Current => For(store.Current);

    public ShareCatalog For(ContentSnapshot snapshot) => _catalogs.GetValue(snapshot, each => new ShareCatalog(each));
}
