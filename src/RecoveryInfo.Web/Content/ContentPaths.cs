namespace RecoveryInfo.Web.Content;

/// <summary>Path rules shared by the loader, the validator and the check command.</summary>
public static class ContentPaths
{
    public const string SiteSettingsFile = "site.yml";
    public const string TopicFile = "_topic.yml";

    /// <summary>Readers' words for what the pages call by other names, used by search.</summary>
    public const string SynonymsFile = "synonyms.yml";

    /// <summary>Words the articles explain, each with a plain definition, shown where a page first uses them and on /glossary.</summary>
    public const string GlossaryFile = "glossary.yml";

    /// <summary>What the topic settings file was called before; still read, with a warning to rename it.</summary>
    public const string OldTopicFile = "_section.yml";
    public const string EditorsGuide = "README.md";

    /// <summary>The one folder for pictures, served at <c>/images/</c>; it is never a topic.</summary>
    public const string ImagesFolder = "images";

    /// <summary>Larger files are not read at all, so one bad paste cannot stall a rebuild.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    public static string Resolve(string contentRoot, string path) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(contentRoot, path));

    /// <summary>The editors' guide at the top of the content folder is documentation, not a page.</summary>
    public static bool IsEditorsGuide(string contentFolder, string file) =>
        string.Equals(System.IO.Path.GetRelativePath(contentFolder, file), EditorsGuide, StringComparison.OrdinalIgnoreCase);

    /// <summary>Paths in diagnostics are relative to the content folder's parent, e.g. <c>content/treatment/detox.md</c>.</summary>
    public static string ForDisplay(string contentFolder, string file)
    {
        var parent = Directory.GetParent(contentFolder)?.FullName ?? contentFolder;
        return System.IO.Path.GetRelativePath(parent, file).Replace('\\', '/');
    }
}
