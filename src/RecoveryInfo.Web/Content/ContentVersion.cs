using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace RecoveryInfo.Web.Content;

/// <summary>
/// A number that changes when any content file's name or text does: the same content gives the
/// same version on every replica, so ETags match across them.
/// </summary>
public sealed class ContentVersion : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>Adds a file's text as read (UTF-16, with no copy).</summary>
    public void Add(string display, string? text) => Add(display, MemoryMarshal.AsBytes((text ?? "").AsSpan()));

    /// <summary>Adds a file's name and content (for articles, the digest kept with the read).</summary>
    public void Add(string display, ReadOnlySpan<byte> content)
    {
        _hash.AppendData(MemoryMarshal.AsBytes(display.AsSpan()));
        _hash.AppendData([0, 0]);
        _hash.AppendData(content);
        _hash.AppendData([0, 0]);
    }

    public long Finish() => BitConverter.ToInt64(_hash.GetHashAndReset(), 0) & long.MaxValue;

    public void Dispose() => _hash.Dispose();
}
