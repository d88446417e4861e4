using System.IO.Compression;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Files;
using RecoveryInfo.Web.Content.Markdown;
using RecoveryInfo.Web.Content.Publishing;
using RecoveryInfo.Web.Logging;
using RecoveryInfo.Web.Search;
using RecoveryInfo.Web.Security;
using RecoveryInfo.Web.Serving;
using RecoveryInfo.Web.Sharing;
using Serilog;
using Serilog.Events;

namespace RecoveryInfo.Web.Hosting;

/// <summary>The site's services, registered one capability at a time.</summary>
public static class RecoveryInfoServices
{
    public static WebApplicationBuilder AddRecoveryInfo(this WebApplicationBuilder builder)
    {
        AddLogging(builder);
        AddContent(builder);
        AddSearch(builder);
        AddServing(builder);
        AddSecurity(builder);
        AddSharing(builder);
        builder.Services.AddRazorPages();
        return builder;
    }

    // The request log is Serilog's one line per request. ASP.NET Core's own per-request diagnostics
    // logger writes only Information lines (off under "Microsoft": Warning), yet while it is enabled
    // every request opens a log scope and an Activity for it; configuration can still turn it on.
    private static void AddLogging(WebApplicationBuilder builder) =>
        builder.Services.AddSerilog(
            (services, logger) => logger
                .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LevelAlias.Off)
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .WriteTo.Sink(BufferedLogWriter.ToStandardOutput()),
            preserveStaticLogger: true);

    private static void AddContent(WebApplicationBuilder builder)
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

        // Live reload of edited content, and of pages whose publish_on or expire_on comes.
        builder.Services.AddHostedService<ContentWatcher>();
        builder.Services.AddHostedService<PublishingTimer>();
    }

    private static void AddSearch(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RequestLoad>();
        builder.Services.AddSingleton<SiteSearch>();
        builder.Services.AddHostedService<FirstLoadStarter>();
    }

    private static void AddServing(WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>()
            .Bind(builder.Configuration.GetSection(SiteOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidator>();
        builder.Services.AddSingleton<PublicUrls>();
        builder.Services.AddOptions<PageCacheOptions>()
            .Bind(builder.Configuration.GetSection(PageCacheOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<PageCacheOptions>, PageCacheOptionsValidator>();

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddSingleton<PageCache>();
        builder.Services.AddSingleton<ContentCodings>();
        builder.Services.AddSingleton<StaticAssetCaching>();
        builder.Services.AddSingleton<ContentImageFiles>();
        builder.Services.AddResponseCompression(options =>
        {
            // Safe over HTTPS here: pages carry no secrets or per-user tokens for BREACH to guess at.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "text/css", "application/javascript", "text/javascript", "image/svg+xml", "application/xml", "text/xml"];
        });

        // Optimal, not SmallestSize: static files are compressed on every request a browser cache does not answer.
        builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
    }

    // Section share URLs, discreet short links and preview cards, drawn once and kept.
    private static void AddSharing(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ShareCatalogs>();
        builder.Services.AddSingleton<CardPainter>();
        builder.Services.AddSingleton<CardStore>();
    }

    // Headers, limits, proxies, HTTPS and hosts, the search rate limit, and a clean shutdown (SECURITY.md).
    private static void AddSecurity(WebApplicationBuilder builder)
    {
        builder.Services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, SecurityHeadersStartupFilter>());

        // No form posts and no logins, so nothing needs lasting keys: one key, in memory, never on disk.
        builder.Services.AddDataProtection();
        builder.Services.Configure<KeyManagementOptions>(options =>
        {
            options.XmlRepository = new MemoryXmlRepository();
            options.XmlEncryptor = new NullXmlEncryptor();
        });
        builder.WebHost.ConfigureKestrel(RequestLimits.Apply);

        // In-flight requests get 2 s after SIGTERM (a page takes milliseconds); the rest of the stop
        // then has 3 s, which a loaded CI machine needs, so the process is gone within 5 s.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(2));
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
}
