namespace RecoveryInfo.Web.Content.Files;

/// <summary>
/// Rules for pictures in articles: they live in <c>content/images/</c>, are linked as
/// <c>/images/NAME</c> and are served from there. Only raster image types are served: an SVG
/// could carry script, and anything else in the folder is not meant for readers.
/// </summary>
public static class ContentImages
{
    public const string UrlPrefix = "/images/";

    public static IReadOnlyDictionary<string, string> ContentTypes { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
    };

    public static bool IsServable(string name) => ContentTypes.ContainsKey(Path.GetExtension(name));

    /// <summary>Every servable picture under the images folder, as the path after <c>/images/</c> (e.g. <c>detox/timeline.png</c>).</summary>
    public static IReadOnlySet<string> List(string contentFolder)
    {
        var folder = Path.Combine(contentFolder, ContentPaths.ImagesFolder);
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return names;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint };
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", options))
            {
                var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
                if (IsServable(name) && !name.Split('/').Any(segment => segment.StartsWith('.')))
                {
                    names.Add(name);
                }
            }
        }
        catch (IOException)
        {
            // The folder moved while being listed; the watcher's next rebuild sees where it went.
        }

        return names;
    }
}
