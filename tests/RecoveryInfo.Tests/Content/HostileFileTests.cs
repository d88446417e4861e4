using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Content;

/// <summary>
/// What editors, deploy scripts and accidents can leave in the content folder: symbolic links, odd
/// names, pipes, unreadable files and folders. Each gets a clear diagnostic and the rest still serves;
/// and the site never writes into the folder. Uses Unix file modes, pipes and setpriv: Linux only.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileFileTests
{
    private const string Secret = "SECRET-MARKER-7f3a";

    /// <summary>Not a speed limit: only there so a stalled rebuild fails the test instead of hanging the run.</summary>
    private static readonly TimeSpan _hangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Symbolic_links_are_never_followed_or_served()
    {
        var content = Fixtures.CopyContent(Fixtures.ContentPath);
        var outside = Directory.CreateTempSubdirectory("recoveryinfo-outside-").FullName;
        File.WriteAllText(Path.Combine(outside, "secret.md"), $"---\ntitle: {Secret}\ndescription: {Secret}\n---\n\n{Secret}\n");
        Directory.CreateDirectory(Path.Combine(outside, "folder"));
        File.WriteAllText(Path.Combine(outside, "folder", "_topic.yml"), $"title: {Secret}\n");
        File.Copy(Path.Combine(outside, "secret.md"), Path.Combine(outside, "folder", "inside.md"));
        File.CreateSymbolicLink(Path.Combine(content, "beta", "leak.md"), Path.Combine(outside, "secret.md"));
        File.CreateSymbolicLink(Path.Combine(content, "beta", "passwd.md"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(content, "beta", "again.md"), Path.Combine(content, "beta", "second.md"));
        Directory.CreateSymbolicLink(Path.Combine(content, "leaked"), Path.Combine(outside, "folder"));
        var images = Directory.CreateDirectory(Path.Combine(content, "images")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(images, "real.png"), [0x89, (byte)'P', (byte)'N', (byte)'G']);
        File.CreateSymbolicLink(Path.Combine(images, "leak.png"), Path.Combine(outside, "secret.md"));
        File.Copy(Path.Combine(outside, "secret.md"), Path.Combine(outside, "folder", "inside.png"));
        Directory.CreateSymbolicLink(Path.Combine(images, "elsewhere"), Path.Combine(outside, "folder"));
        using var site = new SiteFactory(content);
        var client = site.CreateClient();

        Assert.Equal(200, (int)(await client.GetAsync("/images/real.png")).StatusCode);
        foreach (var url in new[] { "/beta/leak", "/beta/passwd", "/beta/again", "/leaked", "/leaked/inside", "/images/leak.png", "/images/elsewhere/inside.png" })
        {
            Assert.Equal(404, (int)(await client.GetAsync(url)).StatusCode);
        }

        foreach (var url in new[] { "/", "/beta", "/beta/first", "/beta/second" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(200, (int)response.StatusCode);
            Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync());
            Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync());
        }

        var diagnostics = Diagnostics(site);
        foreach (var path in new[] { "content/beta/leak.md", "content/beta/passwd.md", "content/beta/again.md", "content/leaked" })
        {
            Assert.Contains(diagnostics, diagnostic => diagnostic.Path == path && diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Message.Contains("symbolic link", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Names_with_spaces_capitals_and_accents_get_clean_urls_and_collisions_are_reported()
    {
        var content = Fixtures.CopyContent(Fixtures.ContentPath);
        var gamma = Path.Combine(content, "Gamma Folder");
        Directory.CreateDirectory(gamma);
        File.WriteAllText(Path.Combine(gamma, "_topic.yml"), "title: Gamma\n");
        Article(gamma, "Ärger Über.md", "Anger");
        Article(gamma, "UPPER Case.md", "Upper");
        Article(gamma, "naïve  café .md", "Cafe");
        Article(gamma, "Peer Support.md", "Peer one");
        Article(gamma, "peer-support.md", "Peer two");
        Article(gamma, "戒断.md", "No latin letters");
        Directory.CreateDirectory(Path.Combine(content, "Gamma_Folder"));
        Article(Path.Combine(content, "Gamma_Folder"), "other.md", "Other");
        Directory.CreateDirectory(Path.Combine(content, "康复"));
        Article(Path.Combine(content, "康复"), "page.md", "Recovery");
        Article(Path.Combine(content, "beta"), "First.md", "Second first");
        using var site = new SiteFactory(content);
        var client = site.CreateRawClient();

        foreach (var url in new[] { "/gamma-folder/arger-uber", "/gamma-folder/upper-case", "/gamma-folder/naive-cafe", "/gamma-folder/peer-support", "/beta/first" })
        {
            Assert.Equal(200, (int)(await client.GetAsync(url)).StatusCode);
        }

        Assert.Equal("/gamma-folder/upper-case", (await client.GetAsync("/Gamma-Folder/Upper-Case")).Headers.Location?.OriginalString);
        var messages = Diagnostics(site).Select(diagnostic => diagnostic.ToString()).ToList();
        Assert.Contains(messages, message => message.StartsWith("content/Gamma Folder/peer-support.md:1:1: error: the URL /gamma-folder/peer-support is already used by content/Gamma Folder/Peer Support.md", StringComparison.Ordinal));
        Assert.Contains(messages, message => message.Contains(": error: the URL /beta/first is already used by content/beta/", StringComparison.Ordinal));
        Assert.Contains(messages, message => message.StartsWith("content/Gamma_Folder/_topic.yml:1:1: error: the URL /gamma-folder is already used by the topic in content/Gamma Folder", StringComparison.Ordinal));
        Assert.Contains(messages, message => message.StartsWith("content/Gamma Folder/戒断.md:", StringComparison.Ordinal) && message.Contains("gives no URL", StringComparison.Ordinal));
        Assert.Contains(messages, message => message.StartsWith("content/康复/_topic.yml:1:1: error: the folder name '康复' gives no URL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_pipe_named_like_an_article_does_not_stall_the_rebuild()
    {
        var content = Fixtures.CopyContent(Fixtures.ContentPath);
        var pipe = Path.Combine(content, "beta", "pipe.md");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        using var site = new SiteFactory(content);
        var client = await Task.Run(() => site.CreateClient()).WaitAsync(_hangGuard);
        await Task.Run(site.Services.GetRequiredService<ContentStore>().Reload).WaitAsync(_hangGuard);

        Assert.Equal(404, (int)(await client.GetAsync("/beta/pipe")).StatusCode);
        Assert.Equal(200, (int)(await client.GetAsync("/beta/first")).StatusCode);
        Assert.Contains(Diagnostics(site), diagnostic => diagnostic.Path == "content/beta/pipe.md" && diagnostic.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>
    /// Root reads anything whatever the permissions say, so when the tests run as root the site runs
    /// as user "nobody" in its own process; otherwise as the current user.
    /// </summary>
    [Fact]
    public async Task Unreadable_files_and_folders_are_reported_and_the_rest_serves()
    {
        var content = ChildSite.CopyContent(Fixtures.ContentPath);
        File.SetUnixFileMode(Path.Combine(content, "beta", "second.md"), UnixFileMode.None);
        File.SetUnixFileMode(Path.Combine(content, "alpha"), UnixFileMode.None);
        try
        {
            using var site = await ChildSite.StartAsync(content, asUnprivilegedUser: true);
            using var client = new HttpClient { BaseAddress = site.BaseAddress };

            Assert.Equal(200, (int)(await client.GetAsync("/")).StatusCode);
            Assert.Equal(200, (int)(await client.GetAsync("/beta/first")).StatusCode);
            Assert.Equal(404, (int)(await client.GetAsync("/beta/second")).StatusCode);
            Assert.Equal(404, (int)(await client.GetAsync("/alpha/only")).StatusCode);
            Assert.Contains("content/beta/second.md:1:1: error: the file could not be read: permission denied", site.Output);
            Assert.Contains("content/alpha:1:1: error: the folder could not be read: permission denied", site.Output);
        }
        finally
        {
            File.SetUnixFileMode(Path.Combine(content, "alpha"), (UnixFileMode)0b111_101_101);
            Directory.Delete(Path.GetDirectoryName(content)!, recursive: true);
        }
    }

    [Fact]
    public async Task The_site_serves_from_a_read_only_content_folder_and_writes_neither_there_nor_in_its_home()
    {
        var content = ChildSite.CopyContent(Fixtures.ContentPath);
        var before = Listing(content);
        MakeReadOnly(content, readOnly: true);
        try
        {
            using (var child = await ChildSite.StartAsync(content, asUnprivilegedUser: true))
            {
                using var client = new HttpClient { BaseAddress = child.BaseAddress };
                await VisitEveryKindOfPage(client);
                Assert.Empty(Directory.EnumerateFileSystemEntries(child.HomePath, "*", SearchOption.AllDirectories));
            }

            using (var site = new SiteFactory(content))
            {
                await VisitEveryKindOfPage(site.CreateClient());
                site.Services.GetRequiredService<ContentStore>().Reload();
            }

            Assert.Equal(before, Listing(content));
        }
        finally
        {
            MakeReadOnly(content, readOnly: false);
            Directory.Delete(Path.GetDirectoryName(content)!, recursive: true);
        }
    }

    private static async Task VisitEveryKindOfPage(HttpClient client)
    {
        foreach (var url in new[] { "/", "/beta", "/beta/first", "/Beta/First", "/nowhere", "/css/site.css", "/healthz" })
        {
            Assert.True((int)(await client.GetAsync(url)).StatusCode is 200 or 404, url);
        }

        // Search answers 503 "Search is starting" until its first index exists, which on a loaded
        // machine can take longer than one search waits; it must then answer from the read-only folder.
        await Eventually.StatusIs(client, "/search?q=x", 200);
    }

    private static void MakeReadOnly(string folder, bool readOnly)
    {
        const UnixFileMode write = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Append(folder))
        {
            var mode = File.GetUnixFileMode(entry);
            File.SetUnixFileMode(entry, readOnly ? mode & ~write : mode | UnixFileMode.UserWrite);
        }
    }

    /// <summary>Every file and folder with its size, content hash and modification time.</summary>
    private static List<string> Listing(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(entry => File.GetAttributes(entry).HasFlag(FileAttributes.Directory)
                ? $"{Path.GetRelativePath(folder, entry)}/ {Directory.GetLastWriteTimeUtc(entry):O}"
                : $"{Path.GetRelativePath(folder, entry)} {new FileInfo(entry).Length} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry)))} {File.GetLastWriteTimeUtc(entry):O}")];

    private static IReadOnlyList<ContentDiagnostic> Diagnostics(SiteFactory site) =>
        site.Services.GetRequiredService<ContentStore>().Current.Diagnostics;

    private static void Article(string folder, string fileName, string title) =>
        File.WriteAllText(Path.Combine(folder, fileName), $"---\ntitle: {title}\ndescription: About {title}.\n---\n\nText.\n");
}
