using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Routing;
using RecoveryInfo.Web.Sharing;
using Serilog;

if (args.Length > 0 && args[0] is ContentCheckCommand.Name or AnchorsCommand.Name)
{
    var configuration = new ConfigurationBuilder()
        .SetBasePath(Directory.GetCurrentDirectory())
        .AddJsonFile("appsettings.json", optional: true)
        .AddEnvironmentVariables()
        .Build();
    var defaultFolder = configuration[$"{ContentOptions.SectionName}:Path"] ?? "content";
    return args[0] == AnchorsCommand.Name
        ? AnchorsCommand.Run(args[1..], defaultFolder, Console.Out, Console.Error)
        : ContentCheckCommand.Run(args[1..], defaultFolder, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
AddLogging(builder);
AddContent(builder);
AddSharing(builder);
AddEditorWorkflow(builder);
builder.Services.AddRazorPages();

// The site has no forms that post and no logins, so nothing needs lasting keys on disk.
builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();

var app = builder.Build();
UsePipeline(app);
app.Run();
return 0;

static void AddLogging(WebApplicationBuilder builder) =>
    builder.Services.AddSerilog(
        (services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Async(sink => sink.Console()),
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
    builder.Services.AddSingleton<ContentLoader>();
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

// Live reload of edited content, and the pictures editors put in content/images/.
static void AddEditorWorkflow(WebApplicationBuilder builder)
{
    builder.Services.AddHostedService<ContentWatcher>();
    builder.Services.AddSingleton<ContentImageFiles>();
}

static void UsePipeline(WebApplication app)
{
    // Build the first snapshot before the first request, so start-up fails fast on a bad content path.
    app.Services.GetRequiredService<ContentStore>();

    app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/status/500");
    }

    app.UseStatusCodePagesWithReExecute("/status/{0}");
    app.UseStaticFiles();
    app.UseStaticFiles(app.Services.GetRequiredService<ContentImageFiles>().StaticFileOptions);
    app.UseMiddleware<CanonicalUrlMiddleware>();
    app.UseRouting();
    app.MapGet("/healthz", (ContentStore store) => Results.Text($"ok {store.Current.Version}"));
    app.MapSharing();
    app.MapRazorPages();
}
