using System.Collections.Concurrent;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Serving;

/// <summary>The cached pages of one snapshot, keyed by path and content coding.</summary>
internal sealed class PageCacheGeneration(ContentSnapshot? snapshot)
{
    public ContentSnapshot? Snapshot { get; } = snapshot;

    public ConcurrentDictionary<(string Path, string Coding), CachedPage> Pages { get; } = new();
}
