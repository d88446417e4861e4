namespace RecoveryInfo.Web.Export;

/// <summary>
/// Maps site URLs to files under the output folder, and refuses anything that could land outside it.
/// </summary>
public static class ExportPaths
{
    /// <summary>
    /// The file a URL is served from on a static host: pages as <c>path/index.html</c> (which any
    /// static host serves for <c>/path</c>), everything else at its own path. The query string is
    /// dropped: a fingerprint such as <c>?v=…</c> still reaches the same file on any host.
    /// </summary>
    public static string ForUrl(string url, bool isPage)
    {
        var path = url.Split('?', '#')[0];
        var segments = Uri.UnescapeDataString(path).Trim('/').Split('/', StringSplitOptions.None);
        if (segments is [""])
        {
            return isPage ? "index.html" : throw new ExportException($"{url} is not a page but has no file name");
        }

        foreach (var segment in segments)
        {
            if (segment is "" or "." or ".." || segment.Any(c => c is '\\' or ':' || char.IsControl(c)))
            {
                throw new ExportException($"{url} cannot be written as a file");
            }
        }

        var relative = string.Join('/', segments);
        return isPage ? relative + "/index.html" : relative;
    }

    /// <summary>The full path of <paramref name="relative"/> under <paramref name="root"/>; throws when it would escape.</summary>
    public static string Resolve(string root, string relative)
    {
        if (Path.IsPathRooted(relative) || relative.Split('/').Any(segment => segment is "" or "." or ".." || segment.Contains('\\')))
        {
            throw new ExportException($"refusing to write '{relative}': not a plain relative path");
        }

        var full = Path.GetFullPath(Path.Combine(root, relative));
        return IsInside(full, root) ? full : throw new ExportException($"refusing to write '{relative}': outside {root}");
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> itself or anything under it.</summary>
    public static bool IsInside(string path, string folder)
    {
        var fullFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var fullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        return fullPath == fullFolder || fullPath.StartsWith(fullFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
