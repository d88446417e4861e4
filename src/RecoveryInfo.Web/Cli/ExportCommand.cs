using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Markdown;
using RecoveryInfo.Web.Export;
using RecoveryInfo.Web.Serving;

namespace RecoveryInfo.Web.Cli;

/// <summary>
/// <c>dotnet run --project src/RecoveryInfo.Web -- export OUTDIR [--content PATH] [--search-origin URL]</c>:
/// starts the real site on a private loopback port, fetches every published URL from it and writes
/// the result as a static site. Nothing is written when the content has errors or any URL fails.
/// </summary>
public static class ExportCommand
{
    public const string Name = "export";
    private const string Usage = "usage: export OUTDIR [--content PATH] [--search-origin URL] [--Setting=value ...]";

    private static readonly CommandShape _shape = new(Name, Usage,
        new Dictionary<string, string>
        {
            [CommandShape.ContentOption] = CommandShape.ContentValue,
            ["--search-origin"] = "an http or https address",
        },
        TakesFolder: true,
        TakesSettings: true);

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Reads the arguments after <c>export</c>; null (after printing why) when they make no sense.</summary>
    public static ExportRequest? Parse(string[] args, TextWriter error)
    {
        var arguments = CommandArguments.Parse(_shape, args, error);
        if (arguments is null)
        {
            return null;
        }

        if (arguments.HelpRequested || arguments.Folder is null)
        {
            CommandArguments.Fail(_shape, error, "say which folder to write the site into");
            return null;
        }

        var searchOrigin = arguments.Value("--search-origin");
        if (searchOrigin is not null && !IsHttpOrigin(searchOrigin))
        {
            error.WriteLine($"export: --search-origin must be an http or https address such as https://search.example, not '{searchOrigin}'");
            return null;
        }

        return new ExportRequest(Path.GetFullPath(arguments.Folder), arguments.Value(CommandShape.ContentOption), searchOrigin, [.. arguments.Settings]);
    }

    /// <summary>
    /// The site the export renders is the production site, whatever environment <c>dotnet run</c>
    /// chose, served only on a loopback port that this process picks and nobody else uses.
    /// </summary>
    public static WebApplicationOptions HostOptions(ExportRequest request) =>
        new() { Args = request.HostArguments, EnvironmentName = Environments.Production };

    public static void Configure(WebApplicationBuilder builder, ExportRequest request)
    {
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            // The export prints its own progress; per-request logs would bury it.
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Warning",
        };
        if (request.ContentPath is not null)
        {
            settings[$"{ContentOptions.SectionName}:Path"] = Path.GetFullPath(request.ContentPath);
        }

        if (request.SearchOrigin is not null)
        {
            settings[$"{ExportOptions.SectionName}:{nameof(ExportOptions.SearchOrigin)}"] = request.SearchOrigin;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddOptions<ExportOptions>().Bind(builder.Configuration.GetSection(ExportOptions.SectionName));
    }

    public static async Task<int> RunAsync(WebApplication app, ExportRequest request, TextWriter output, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        var store = app.Services.GetRequiredService<ContentStore>();
        var environment = app.Services.GetRequiredService<IWebHostEnvironment>();
        var searchOrigin = app.Services.GetRequiredService<IOptions<ExportOptions>>().Value.SearchOrigin;
        var publicOrigin = app.Services.GetRequiredService<PublicUrls>().Absolute("/").TrimEnd('/');
        output.WriteLine($"export: {store.ContentFolder} -> {request.OutputFolder}");

        var problems = store.Current.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        if (problems.Count > 0)
        {
            problems.ForEach(problem => error.WriteLine(problem));
            error.WriteLine($"export: the content has {problems.Count} error(s) (see above, or run 'check'); nothing was written");
            return ExitCodes.FoundProblems;
        }

        if (ExportPaths.IsInside(request.OutputFolder, store.ContentFolder)
            || ExportPaths.IsInside(store.ContentFolder, request.OutputFolder)
            || (environment.WebRootPath is { } webRoot && ExportPaths.IsInside(request.OutputFolder, webRoot)))
        {
            error.WriteLine($"export: {request.OutputFolder} overlaps the content folder or the web root; choose a folder of its own");
            return ExitCodes.UsageError;
        }

        if (!IsHttpOrigin(searchOrigin) && searchOrigin.Length > 0)
        {
            error.WriteLine($"export: Export:SearchOrigin must be an http or https address, not '{searchOrigin}'");
            return ExitCodes.UsageError;
        }

        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient(new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.None,
            })
            {
                BaseAddress = new Uri(address),
            };

            // Ask as the public does, by the public host name, so the bytes match what readers get.
            client.DefaultRequestHeaders.Host = new Uri(publicOrigin).Authority;

            ReportLeftOut(store.Current, output);
            var exporter = new SiteExporter(client, publicOrigin, searchOrigin, output);
            var site = await exporter.ExportAsync(store.Current, StaticFiles(environment.WebRootFileProvider, ""));
            if (site.Errors.Count > 0)
            {
                foreach (var problem in site.Errors)
                {
                    error.WriteLine($"export: {problem}");
                }

                error.WriteLine($"export: {site.Errors.Count} problem(s); nothing was written");
                return ExitCodes.FoundProblems;
            }

            ExportWriter.Write(request.OutputFolder, site);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"export: wrote {site.Files.Count} files ({site.Redirects.Count} redirects) to {request.OutputFolder} in {clock.Elapsed.TotalSeconds:0.0} s"));
            output.WriteLine(string.IsNullOrEmpty(searchOrigin)
                ? "export: search forms were replaced by a note (set Export:SearchOrigin or --search-origin to point them at a live site)"
                : $"export: search forms point at {searchOrigin}/search");
            return ExitCodes.Succeeded;
        }
        catch (ExportException exception)
        {
            error.WriteLine($"export: {exception.Message}; nothing more was written");
            return ExitCodes.FoundProblems;
        }
        finally
        {
            await app.StopAsync();
        }
    }

    /// <summary>
    /// A static copy cannot publish on time by itself: say which pages wait for their publish_on (and
    /// need another export then) and which have expired, so nobody looks for them in the copy.
    /// </summary>
    private static void ReportLeftOut(ContentSnapshot snapshot, TextWriter output)
    {
        foreach (var article in snapshot.Schedule.Scheduled)
        {
            output.WriteLine($"export: left out {article.Url} ({article.SourcePath}): not published until {PublishTimes.Describe(article.PublishOn!.Value)}; export again after that to include it");
        }

        foreach (var article in snapshot.Schedule.Expired)
        {
            output.WriteLine($"export: left out {article.Url} ({article.SourcePath}): expired on {PublishTimes.Describe(article.ExpireOn!.Value)}");
        }
    }

    private static bool IsHttpOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>URL paths of every file under the web root.</summary>
    public static IEnumerable<string> StaticFiles(IFileProvider files, string folder)
    {
        foreach (var entry in files.GetDirectoryContents(folder).OrderBy(entry => entry.Name, StringComparer.Ordinal))
        {
            var path = folder + "/" + entry.Name;
            if (entry.IsDirectory)
            {
                foreach (var nested in StaticFiles(files, path))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
