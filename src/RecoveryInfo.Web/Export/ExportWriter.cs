namespace RecoveryInfo.Web.Export;

/// <summary>
/// Writes an <see cref="ExportedSite"/> into the output folder and nowhere else. A folder that is
/// not empty is only reused when it holds a previous export: the files listed in its manifest are
/// removed first, so pages deleted from the content do not linger, and nothing else is touched.
/// </summary>
public static class ExportWriter
{
    public const string ManifestFile = ".export-manifest";

    public static void Write(string outputFolder, ExportedSite site)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        if (File.Exists(root))
        {
            throw new ExportException($"{root} is a file, not a folder");
        }

        // Resolve every target before touching the disk, so a bad path stops the export with nothing written.
        var targets = site.Files.Select(file => (Full: ExportPaths.Resolve(root, file.Key), file.Value)).ToList();
        targets.ForEach(target => RefuseLinks(root, Path.GetDirectoryName(target.Full)!));
        if (Directory.Exists(root))
        {
            RemovePreviousExport(root);
        }

        Directory.CreateDirectory(root);
        foreach (var (full, bytes) in targets)
        {
            var folder = Path.GetDirectoryName(full)!;
            Directory.CreateDirectory(folder);
            RefuseLinks(root, folder);
            File.WriteAllBytes(full, bytes);
        }

        File.WriteAllLines(Path.Combine(root, ManifestFile), site.Files.Keys.Order(StringComparer.Ordinal));
    }

    private static void RemovePreviousExport(string root)
    {
        if (!Directory.EnumerateFileSystemEntries(root).Any())
        {
            return;
        }

        var manifest = Path.Combine(root, ManifestFile);
        if (!File.Exists(manifest))
        {
            throw new ExportException($"{root} is not empty and holds no previous export ({ManifestFile}); choose an empty or new folder");
        }

        foreach (var line in File.ReadAllLines(manifest).Where(line => line.Length > 0))
        {
            var full = ExportPaths.Resolve(root, line);
            RefuseLinks(root, Path.GetDirectoryName(full)!);
            File.Delete(full);
        }

        foreach (var folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(folder => folder.Length))
        {
            if (new DirectoryInfo(folder).LinkTarget is null && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }

        File.Delete(manifest);
    }

    /// <summary>A symbolic link inside the output folder could send a write elsewhere; refuse to follow one.</summary>
    private static void RefuseLinks(string root, string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null && current.FullName.Length > root.Length; current = current.Parent)
        {
            if (current.LinkTarget is not null)
            {
                throw new ExportException($"{current.FullName} is a symbolic link; refusing to write through it");
            }
        }
    }
}
