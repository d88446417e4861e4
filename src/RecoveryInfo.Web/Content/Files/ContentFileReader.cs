using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace RecoveryInfo.Web.Content.Files;

/// <summary>
/// Reads content files as strict UTF-8 text, reporting with file and line why a file cannot be
/// read. Article files are read again only when their size or time moved, so a rebuild after one
/// edit reads one file, not the whole site.
/// </summary>
public sealed class ContentFileReader
{
    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Files changed this recently are always read: some file systems keep times only to the second or two.</summary>
    private static readonly TimeSpan _untrustedTimestampAge = TimeSpan.FromSeconds(3);

    private readonly ConcurrentDictionary<string, ReadArticleFile> _read = new(StringComparer.Ordinal);

    /// <summary>
    /// Reads an article file, or reuses the last read when the file's size and time have not moved.
    /// The size and time are taken before reading, so a save during the read shows as a change next time.
    /// Links, and files changed in the last few seconds, are always read afresh.
    /// </summary>
    internal ReadArticleFile ReadArticle(string file, string display, long generation)
    {
        var info = new FileInfo(file);
        var trustworthy = info.Exists
            && !info.Attributes.HasFlag(FileAttributes.ReparsePoint)
            && DateTime.UtcNow - info.LastWriteTimeUtc > _untrustedTimestampAge;
        if (trustworthy && _read.TryGetValue(display, out var known) && known.Length == info.Length && known.LastWriteUtc == info.LastWriteTimeUtc)
        {
            known.Generation = generation;
            return known;
        }

        var found = new List<ContentDiagnostic>();
        var text = ReadText(file, display, found);
        var digest = SHA256.HashData(MemoryMarshal.AsBytes((text ?? "").AsSpan()));
        var read = new ReadArticleFile(info.Exists ? info.Length : -1, info.Exists ? info.LastWriteTimeUtc : default, text, digest, found) { Generation = generation };
        _read[display] = read;
        return read;
    }

    /// <summary>Forgets files no rebuild since <paramref name="generation"/> has read: they are gone.</summary>
    public void DropUnused(long generation)
    {
        foreach (var (path, entry) in _read)
        {
            if (entry.Generation < generation)
            {
                _read.TryRemove(path, out _);
            }
        }
    }

    /// <summary>Reads a whole file as strict UTF-8, or reports why it cannot be and returns null.</summary>
    public static string? ReadText(string path, string display, List<ContentDiagnostic> diagnostics)
    {
        if (ContentGuard.CheckBeforeReading(path, display, out var isEmpty) is { } refused)
        {
            diagnostics.Add(refused);
            return null;
        }

        if (isEmpty)
        {
            return "";
        }

        byte[] bytes;
        int length;
        try
        {
            // bufferSize 1: no FileStream buffer, since the whole file is read into one array anyway.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            if (stream.Length > ContentPaths.MaxFileBytes)
            {
                diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error,
                    $"the file is {Megabytes(stream.Length)}, over the {Megabytes(ContentPaths.MaxFileBytes)} limit, so it was not read; split it into smaller articles"));
                return null;
            }

            // Sized for the file as it is now, plus one byte to notice growth; read no more than the
            // limit even if the file grows while it is being read.
            bytes = new byte[stream.Length + 1];
            length = 0;
            int read;
            while ((read = stream.Read(bytes, length, bytes.Length - length)) > 0)
            {
                length += read;
                if (length == bytes.Length)
                {
                    if (length > ContentPaths.MaxFileBytes)
                    {
                        break;
                    }

                    Array.Resize(ref bytes, (int)Math.Min((long)bytes.Length * 2, ContentPaths.MaxFileBytes + 1L));
                }
            }

            if (length > ContentPaths.MaxFileBytes)
            {
                diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error,
                    $"the file grew past the {Megabytes(ContentPaths.MaxFileBytes)} limit while being read, so it was not read"));
                return null;
            }
        }
        catch (FileNotFoundException)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning, "the file disappeared while it was being read (renamed or deleted during a save?)"));
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Warning, "the file's folder disappeared while it was being read (renamed or deleted during a save?)"));
            return null;
        }
        catch (IOException exception)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error, $"the file could not be read: {exception.Message}"));
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Add(new(display, 1, 1, DiagnosticSeverity.Error, "the file could not be read: permission denied"));
            return null;
        }

        try
        {
            return _strictUtf8.GetString(bytes, 0, length).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException exception)
        {
            var index = Math.Clamp(exception.Index, 0, length - 1);
            var line = 1 + bytes.AsSpan(0, index).Count((byte)'\n');
            var lineStart = bytes.AsSpan(0, index).LastIndexOf((byte)'\n') + 1;
            var column = 1 + Encoding.UTF8.GetCharCount(bytes, lineStart, index - lineStart);
            diagnostics.Add(new(display, line, column, DiagnosticSeverity.Error,
                $"the file is not valid UTF-8 text (byte 0x{bytes[index]:X2} here); save it with UTF-8 encoding"));
            return null;
        }
    }

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024.0):0.#} MB";
}
