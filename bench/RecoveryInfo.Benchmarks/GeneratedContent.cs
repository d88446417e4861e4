using System.Globalization;

namespace RecoveryInfo.Benchmarks;

/// <summary>
/// A temporary copy of the real content with extra articles whose bodies are the real articles'
/// bodies, so a large site is measured with realistic Markdown (the same recipe as bench/run).
/// </summary>
public static class GeneratedContent
{
    public static string RealFolder
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

    public static string Create(int extraArticles)
    {
        var source = RealFolder;
        var target = Path.Combine(Path.GetTempPath(), "recoveryinfo-benchmarks", Guid.NewGuid().ToString("N"), "content");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        var bodies = Directory.GetFiles(source, "*.md", SearchOption.AllDirectories)
            .Where(file => Path.GetDirectoryName(file) != source)
            .Order(StringComparer.Ordinal)
            .Select(file => Body(File.ReadAllText(file)))
            .ToList();
        var generated = Path.Combine(target, "generated");
        Directory.CreateDirectory(generated);
        File.WriteAllText(Path.Combine(generated, "_topic.yml"), "title: Generated articles\norder: 99\ndescription: Articles generated to measure a large site.\n");
        for (var i = 1; i <= extraArticles; i++)
        {
            File.WriteAllText(Path.Combine(generated, $"article-{i}.md"), string.Create(CultureInfo.InvariantCulture, $"""
                ---
                title: Generated article {i}
                description: A copy of a real article used to measure a site with {extraArticles} articles.
                order: {i}
                last_reviewed: 2026-01-01
                next_review: 2030-01-01
                sources:
                  - title: Source one
                    url: https://example.org/one
                  - title: Source two
                    url: https://example.org/two
                ---

                """) + bodies[(i - 1) % bodies.Count]);
        }

        return target;
    }

    public static void Delete(string folder) => Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);

    private static string Body(string markdown)
    {
        var lines = markdown.Split('\n');
        var closing = Array.FindIndex(lines, 1, line => line.TrimEnd() == "---");
        return string.Join('\n', lines[(closing + 1)..]);
    }
}
