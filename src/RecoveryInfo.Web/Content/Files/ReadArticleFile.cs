namespace RecoveryInfo.Web.Content.Files;

/// <summary>
/// What reading one article file gave, with the size and time the file had just before it was
/// read. While both stay the same the file is not read again, so a rebuild after one edit reads
/// one file, not the whole site.
/// </summary>
internal sealed class ReadArticleFile(long length, DateTime lastWriteUtc, string? text, byte[] digest, IReadOnlyList<ContentDiagnostic> diagnostics)
{
    public long Length { get; } = length;
    public DateTime LastWriteUtc { get; } = lastWriteUtc;
    public string? Text { get; } = text;

    /// <summary>SHA-256 of the text, so the content version need not hash every file again.</summary>
    public byte[] Digest { get; } = digest;

    public IReadOnlyList<ContentDiagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>The rebuild that last used this entry; entries no rebuild uses any more are dropped.</summary>
    public long Generation { get; set; }
}
