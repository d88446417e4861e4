namespace RecoveryInfo.BrowserTests.Infrastructure;

/// <summary>Folders of the repository, found by walking up from the test binaries to the solution file.</summary>
public static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "RecoveryInfo.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("RecoveryInfo.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Content => Path.Combine(Root, "content");

    /// <summary>Git-ignored (the pattern <c>screenshots/</c>); each run overwrites the files.</summary>
    public static string Screenshots => Path.Combine(Root, "tests", "RecoveryInfo.BrowserTests", "screenshots");
}
