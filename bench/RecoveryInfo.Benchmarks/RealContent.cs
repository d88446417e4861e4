using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Benchmarks;

/// <summary>Loads the repository's real <c>content/</c> folder, found by walking up to the solution file.</summary>
public static class RealContent
{
    public static ContentSnapshot Load()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "RecoveryInfo.sln")))
        {
            folder = folder.Parent;
        }

        if (folder is null)
        {
            throw new InvalidOperationException("RecoveryInfo.sln not found above " + AppContext.BaseDirectory);
        }

        return SnapshotBuilder.Create()
            .Load(Path.Combine(folder.FullName, "content"), includeDrafts: false);
    }
}
