namespace RecoveryInfo.Tests.Infrastructure;

public static class Fixtures
{
    public static string ContentPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "content");

    /// <summary>Content written for the search tests, kept apart so its words cannot disturb other tests.</summary>
    public static string SearchContentPath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "search-content");

    /// <summary>The repository's real <c>content/</c> folder, found by walking up to the solution file.</summary>
    public static string RealContentPath
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "RecoveryInfo.sln")))
            {
                folder = folder.Parent;
            }

            return folder is null
                ? throw new InvalidOperationException("RecoveryInfo.sln not found above " + AppContext.BaseDirectory)
                : Path.Combine(folder.FullName, "content");
        }
    }

    /// <summary>
    /// A fresh copy of a content folder that a test may change freely. It is named <c>content</c>
    /// so diagnostics read <c>content/…</c> as they do for the real folder.
    /// </summary>
    public static string CopyContent(string source)
    {
        var target = Path.Combine(Path.GetTempPath(), "recoveryinfo-tests", Guid.NewGuid().ToString("N"), "content");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    /// <summary>The topic a menu link belongs to: <c>/alpha/only</c> and <c>/alpha</c> are both <c>/alpha</c>.</summary>
    public static string? TopicOf(string? href) => href is null ? null : "/" + href.TrimStart('/').Split('/')[0];
}
