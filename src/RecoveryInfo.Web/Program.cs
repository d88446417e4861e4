using System.IO.Compression;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using RecoveryInfo.Web.Cli;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Files;
using RecoveryInfo.Web.Content.Markdown;
using RecoveryInfo.Web.Endpoints;
using RecoveryInfo.Web.Logging;
using RecoveryInfo.Web.Search;
using RecoveryInfo.Web.Security;
using RecoveryInfo.Web.Serving;
using Serilog;
using Serilog.Events;

if (args.Length > 0 && args[0] is CheckCommand.Name or AnchorsCommand.Name)
{
    var configuration = new ConfigurationBuilder()
        .SetBasePath(Directory.GetCurrentDirectory())
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();
    var defaultFolder = configuration[$"{ContentOptions.SectionName}:Path"] ?? "content";
    return args[0] == AnchorsCommand.Name
        ? AnchorsCommand.Run(args[1..], defaultFolder, Console.Out, Console.Error)
        : CheckCommand.Run(args[1..], defaultFolder, Console.Out, Console.Error);
}

var export = ExportCommand.IsRequested(args) ? ExportCommand.Parse(args[1..], Console.Error) : null;
if (ExportCommand.IsRequested(args) && export is null)
{
    return 2;
}

var builder = WebApplication.CreateBuilder(export is null ? new WebApplicationOptions { Args = args } : ExportCommand.HostOptions(export));
AddLogging(builder);
AddContent(builder);
AddSharing(builder);
AddSearch(builder);
AddServing(builder);
AddPageCaching(builder);
AddEditorWorkflow(builder);
AddSecurity(builder);
if (export is not null)
{
    ExportCommand.Configure(builder, export);
}

builder.Services.AddRazorPages();

var app = builder.Build();
UsePipeline(app);
if (export is not null)
{
    return await ExportCommand.RunAsync(app, export, Console.Out, Console.Error);
}

app.Run();
return 0;

// The request log is Serilog's one line per request (UsePipeline). ASP.NET Core's own per-request
// diagnostics logger only ever writes Information lines (turned off under "Microsoft": Warning), yet while
// it is enabled at all, every request opens a log scope and an Activity for it: about 3% of the CPU
// of a cached page (bench/README.md). Configuration can still turn it back on.
static void AddLogging(WebApplicationBuilder builder) =>
    builder.Services.AddSerilog(
        (services, logger) => logger
            .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LevelAlias.Off)
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .WriteTo.Sink(BufferedLogWriter.ToStandardOutput()),
        preserveStaticLogger: true);

static void AddContent(WebApplicationBuilder builder)
{
    builder.Services.AddOptions<ContentOptions>()
        .Bind(builder.Configuration.GetSection(ContentOptions.SectionName))
        .ValidateOnStart();
    builder.Services.AddSingleton<IValidateOptions<ContentOptions>, ContentOptionsValidator>();
    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddSingleton<MarkdownRenderer>();
    builder.Services.AddSingleton<FrontMatterReader>();
    builder.Services.AddSingleton<ContentFileReader>();
    builder.Services.AddSingleton<ArticleParser>();
    builder.Services.AddSingleton<SettingsFileParser>();
    builder.Services.AddSingleton<SiteSettingsLoader>();
    builder.Services.AddSingleton<SnapshotBuilder>();
    builder.Services.AddSingleton<ContentStore>();
}

static void AddSharing(WebApplicationBuilder builder)
{
    builder.Services.AddOptions<SiteOptions>()
        .Bind(builder.Configuration.GetSection(SiteOptions.SectionName))
        .ValidateOnStart();
    builder.Services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidator>();
    builder.Services.AddSingleton<PublicUrls>();
}

static void AddSearch(WebApplicationBuilder builder) =>
    builder.Services.AddSingleton<SiteSearch>();

static void AddServing(WebApplicationBuilder builder)
{
    builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
    builder.Services.AddSingleton<PageCache>();
    builder.Services.AddSingleton<ContentCodings>();
    builder.Services.AddSingleton<StaticAssetCaching>();
    builder.Services.AddResponseCompression(options =>
    {
        // Safe over HTTPS here: pages carry no secrets or per-user tokens for BREACH to guess at.
        options.EnableForHttps = true;
        options.Providers.Add<BrotliCompressionProvider>();
        options.Providers.Add<GzipCompressionProvider>();
        options.MimeTypes = ["text/html", "text/css", "application/javascript", "text/javascript", "image/svg+xml", "application/xml", "text/xml"];
    });
    // Optimal, not SmallestSize: static files are compressed on every request that is not answered from a browser cache.
    builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
    builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
}

static void AddPageCaching(WebApplicationBuilder builder)
{
    builder.Services.AddOptions<PageCacheOptions>()
        .Bind(builder.Configuration.GetSection(PageCacheOptions.SectionName))
        .ValidateOnStart();
    builder.Services.AddSingleton<IValidateOptions<PageCacheOptions>, PageCacheOptionsValidator>();
}

// Live reload of edited content, and the pictures editors put in content/images/.
static void AddEditorWorkflow(WebApplicationBuilder builder)
{
    builder.Services.AddHostedService<ContentWatcher>();
    builder.Services.AddSingleton<ContentImageFiles>();
}

// Headers, limits, proxies, HTTPS and hosts, the search rate limit, and a clean shutdown (issue 9, SECURITY.md).
static void AddSecurity(WebApplicationBuilder builder)
{
    builder.Services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, SecurityHeadersStartupFilter>());

    // The site has no forms that post and no logins, so nothing needs lasting keys: the key ring
    // lives in memory only and is never written to disk (one key, made at start-up).
    builder.Services.AddDataProtection();
    builder.Services.Configure<KeyManagementOptions>(options =>
    {
        options.XmlRepository = new MemoryXmlRepository();
        options.XmlEncryptor = new NullXmlEncryptor();
    });
    builder.WebHost.ConfigureKestrel(RequestLimits.Apply);
    // In-flight requests get 3 s after SIGTERM (a page takes milliseconds); the rest of the stop then has
    // 2 s, enough even on a loaded machine (1 s was not), so the process is gone within 5 s.
    builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(3));
    builder.Services.Configure<ForwardedHeadersOptions>(options => ProxyTrust.Configure(options, builder.Configuration));
    builder.Services.AddOptions<HostFilteringOptions>()
        .PostConfigure<IOptions<SiteOptions>>((options, site) => AllowedHostsPolicy.Configure(options, builder.Configuration, builder.Environment, site.Value.BaseUrl));
    builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
    builder.Services.AddHttpsRedirection(options => options.RedirectStatusCode = StatusCodes.Status308PermanentRedirect);
    builder.Services.AddOptions<SearchRateLimitOptions>()
        .Bind(builder.Configuration.GetSection(SearchRateLimitOptions.SectionName))
        .ValidateDataAnnotations()
        .ValidateOnStart();
    builder.Services.AddOptions<RateLimiterOptions>()
        .Configure<IOptions<SearchRateLimitOptions>>((options, limits) => SearchRateLimit.Configure(options, limits.Value));
    builder.Services.AddRateLimiter(_ => { });
}

static void UsePipeline(WebApplication app)
{
    // Start loading the first snapshot now, so it runs while the server starts (a missing content
    // folder has already failed options validation). The search index builds after it, in the
    // background: pages are served while it does.
    app.Services.GetRequiredService<ContentStore>();
    app.Services.GetRequiredService<SiteSearch>();

    app.UseForwardedHeaders();
    app.UseSerilogRequestLogging(options =>
    {
        options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
        options.GetMessageTemplateProperties = RequestLogProperties.Create;
    });
    if (!app.Environment.IsDevelopment())
    {
        // Both act only over HTTPS: HSTS on HTTPS responses, redirection once an HTTPS port is configured.
        app.UseHsts();
        app.UseHttpsRedirection();
    }

    app.UseMiddleware<ReadOnlyMethodsMiddleware>();
    app.UseMiddleware<FirstLoadMiddleware>();

    // Cached pages are answered here, before anything else runs; the cache holds compressed bytes.
    app.UseMiddleware<PageCacheMiddleware>();
    app.UseResponseCompression();
    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/status/500");
    }

    app.UseMiddleware<PageCacheHeaders>();
    app.UseStatusCodePagesWithReExecute("/status/{0}");
    app.UseRateLimiter();
    app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = app.Services.GetRequiredService<StaticAssetCaching>().OnPrepareResponse });
    app.UseStaticFiles(app.Services.GetRequiredService<ContentImageFiles>().StaticFileOptions);
    app.UseMiddleware<CanonicalUrlMiddleware>();
    app.UseRouting();

    // Named here, after routing, so WebApplication does not add both to the front of the pipeline, where
    // they ran for every request (cached pages too) with no endpoint to judge. No page needs a login.
    app.UseAuthentication();
    app.UseAuthorization();
    // Here and in MapSharing and MapFeed: GET and HEAD, as for every page (mapped for GET alone, a HEAD
    // request got 404), and plain request delegates, because a handler with typed parameters is
    // compiled from expression trees when routing first builds its endpoints, a cost on start-up.
    app.MapMethods("/healthz", ReadOnlyMethodsMiddleware.Methods, context =>
        Results.Text($"ok {context.RequestServices.GetRequiredService<ContentStore>().Current.Version}").ExecuteAsync(context));
    app.MapSharing();
    app.MapFeed();
    app.MapRazorPages();
}
