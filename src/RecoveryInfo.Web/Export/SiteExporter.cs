using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Glossary;
using RecoveryInfo.Web.Endpoints;
using RecoveryInfo.Web.Pages;

namespace RecoveryInfo.Web.Export;

/// <summary>
/// Fetches every published URL from the running site through <paramref name="client"/>, so each
/// exported file holds exactly the bytes the live site sends. It starts from the snapshot's pages,
/// the feed, the offline page, the 404 page and the web root's files, then follows every local link and asset the
/// pages reference. Aliases become both a <c>_redirects</c> line and a small redirect page.
/// </summary>
/// <param name="client">Talks to the running site; must not follow redirects or decompress.</param>
/// <param name="publicOrigin">The configured public origin (<c>Site:BaseUrl</c>): absolute links to it count as local.</param>
/// <param name="searchOrigin">Where search forms point in the copy; empty replaces them with a note.</param>
/// <param name="progress">One line per file, for the person running the export.</param>
public sealed partial class SiteExporter(HttpClient client, string publicOrigin, string searchOrigin, TextWriter progress)
{
    private const string SearchPath = "/search";
    private const string MissingPageProbe = "/export-probe-for-the-not-found-page";
    private const string WebRoot = "the web root";

    private readonly string _publicOrigin = publicOrigin.TrimEnd('/');
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _redirects = new(StringComparer.Ordinal);
    private readonly List<string> _errors = [];
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Url, string From)> _queue = new();

    /// <param name="snapshot">The content the running site serves.</param>
    /// <param name="staticFiles">URL paths of the web root's files (stylesheet, icons, images).</param>
    public async Task<ExportedSite> ExportAsync(ContentSnapshot snapshot, IEnumerable<string> staticFiles, CancellationToken cancellationToken = default)
    {
        Enqueue("/", "the snapshot");
        foreach (var topic in snapshot.Topics)
        {
            Enqueue(topic.Url, "the snapshot");
            foreach (var article in topic.Articles.Where(snapshot.IsPublished))
            {
                Enqueue(article.Url, "the snapshot");
            }
        }

        await AddSharingAsync(snapshot, cancellationToken);

        if (snapshot.Glossary.Entries.Count > 0)
        {
            Enqueue(GlossaryTerms.Url, "the snapshot");
        }

        Enqueue(AtomFeed.Path, "the feed");

        // Not linked from any page: the service worker saves it, so a static host must serve it too.
        Enqueue(OfflineModel.Path, "the service worker");
        var files = staticFiles.ToHashSet(StringComparer.Ordinal);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            // A publish adds precompressed twins (site.css.gz, site.css.br) that the site never links to.
            if (!IsCompressedTwin(file, files))
            {
                Enqueue(file, WebRoot);
            }
        }

        await FetchOptionalAsync("/sitemap.xml", cancellationToken);
        await FetchOptionalAsync("/robots.txt", cancellationToken);
        await FetchNotFoundPageAsync(cancellationToken);
        while (_queue.TryDequeue(out var next))
        {
            await FetchAsync(next.Url, next.From, cancellationToken);
        }

        await CheckAliasesAsync(snapshot, cancellationToken);
        AddRedirectFiles(snapshot);
        return new ExportedSite(_files, _redirects, _errors);
    }

    private void Enqueue(string url, string from)
    {
        if (_seen.Add(url))
        {
            _queue.Enqueue((url, from));
        }
    }

    private async Task FetchAsync(string url, string from, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(url, cancellationToken);
        var status = (int)response.StatusCode;
        if (status is 301 or 302 or 307 or 308 && LocalPath(response.Headers.Location?.OriginalString) is { } target)
        {
            // A link the site itself redirects (an alias, a capitalised URL): a static host needs it spelled out.
            _redirects[url.Split('?')[0]] = target;
            Enqueue(target, url);
            return;
        }

        if (status == 404 && from == WebRoot)
        {
            progress.WriteLine($"  404 {url}: in the web root but not served, so the export leaves it out");
            return;
        }

        if (status != 200)
        {
            _errors.Add($"{url} (linked from {from}) answered {status}");
            return;
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        var isPage = mediaType == "text/html";
        if (isPage)
        {
            var html = Encoding.UTF8.GetString(bytes);
            foreach (var link in Links(html))
            {
                Enqueue(link, url);
            }

            var rewritten = SearchFormRewriter.Rewrite(html, searchOrigin);
            bytes = rewritten == html ? bytes : Encoding.UTF8.GetBytes(rewritten);
        }
        else if (mediaType == "text/css")
        {
            foreach (var link in CssUrls(Encoding.UTF8.GetString(bytes)))
            {
                Enqueue(link, url);
            }
        }

        Add(url, isPage, bytes);
    }

    private void Add(string url, bool isPage, byte[] bytes)
    {
        string file;
        try
        {
            file = ExportPaths.ForUrl(url, isPage);
        }
        catch (ExportException exception)
        {
            _errors.Add(exception.Message);
            return;
        }

        if (_files.TryGetValue(file, out var existing) && !existing.AsSpan().SequenceEqual(bytes))
        {
            _errors.Add($"{url} and another URL would both be written to {file} with different content");
            return;
        }

        _files[file] = bytes;
        progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  200 {url} -> {file} ({bytes.Length / 1024.0:0.0} KB)"));
    }

    private async Task FetchOptionalAsync(string url, CancellationToken cancellationToken)
    {
        _seen.Add(url);
        using var response = await client.GetAsync(url, cancellationToken);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Add(url, isPage: false, await response.Content.ReadAsByteArrayAsync(cancellationToken));
        }
        else
        {
            progress.WriteLine($"  {(int)response.StatusCode} {url}: the site does not serve it, so the export leaves it out");
        }
    }

    private async Task FetchNotFoundPageAsync(CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(MissingPageProbe, cancellationToken);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            _errors.Add($"a missing page answered {(int)response.StatusCode} instead of 404");
            return;
        }

        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        foreach (var link in Links(html))
        {
            Enqueue(link, "the 404 page");
        }

        _files[ExportedSite.NotFoundFile] = Encoding.UTF8.GetBytes(SearchFormRewriter.Rewrite(html, searchOrigin));
        progress.WriteLine($"  404 (any missing page) -> {ExportedSite.NotFoundFile}");
    }

    private async Task CheckAliasesAsync(ContentSnapshot snapshot, CancellationToken cancellationToken)
    {
        foreach (var (alias, target) in snapshot.Redirects)
        {
            if (_redirects.ContainsKey(alias))
            {
                continue;
            }

            using var response = await client.GetAsync(alias, cancellationToken);
            var location = response.Headers.Location?.OriginalString;
            if (response.StatusCode != HttpStatusCode.MovedPermanently || location != target)
            {
                _errors.Add($"the alias {alias} should answer 301 to {target} but answered {(int)response.StatusCode} {location}");
                continue;
            }

            _redirects[alias] = target;
        }
    }

    private void AddRedirectFiles(ContentSnapshot snapshot)
    {
        var lines = new StringBuilder();
        foreach (var (from, to) in _redirects)
        {
            lines.Append(from).Append(' ').Append(to).Append(" 301\n");
            string file;
            try
            {
                file = ExportPaths.ForUrl(from, isPage: true);
            }
            catch (ExportException exception)
            {
                _errors.Add(exception.Message);
                continue;
            }

            if (_files.ContainsKey(file))
            {
                _errors.Add($"the redirect from {from} would overwrite {file}");
                continue;
            }

            var title = snapshot.FindArticle(to)?.Title ?? snapshot.FindTopic(to.TrimStart('/'))?.Title ?? snapshot.Site.Name;
            _files[file] = RedirectPage.Render(to, _publicOrigin + to, title);
            progress.WriteLine($"  301 {from} -> {to}: {file} and a line in {ExportedSite.RedirectsFile}");
        }

        _files[ExportedSite.RedirectsFile] = Encoding.UTF8.GetBytes(lines.ToString());
    }

    private static bool IsCompressedTwin(string file, HashSet<string> files) =>
        (file.EndsWith(".gz", StringComparison.Ordinal) || file.EndsWith(".br", StringComparison.Ordinal)) && files.Contains(file[..^3]);

    private IEnumerable<string> Links(string html) =>
        LinkAttribute().Matches(html).Select(match => LocalPath(WebUtility.HtmlDecode(match.Groups["url"].Value))).OfType<string>();

    private IEnumerable<string> CssUrls(string css) =>
        CssUrl().Matches(css).Select(match => LocalPath(match.Groups["url"].Value)).OfType<string>();

    /// <summary>The site path a link points to, without its fragment; null for other sites, schemes and search.</summary>
    private string? LocalPath(string? link)
    {
        if (string.IsNullOrEmpty(link))
        {
            return null;
        }

        if (_publicOrigin.Length > 0 && link.StartsWith(_publicOrigin + "/", StringComparison.OrdinalIgnoreCase))
        {
            link = link[_publicOrigin.Length..];
        }

        if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var path = link.Split('#')[0];
        var pathOnly = path.Split('?')[0];
        return path.Length == 0 || pathOnly.Equals(SearchPath, StringComparison.OrdinalIgnoreCase) ? null : path;
    }

    [GeneratedRegex("\\s(?:href|src)=\"(?<url>[^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex LinkAttribute();

    [GeneratedRegex("""url\(\s*["']?(?<url>[^"')\s]+)["']?\s*\)""", RegexOptions.CultureInvariant)]
    private static partial Regex CssUrl();
}
