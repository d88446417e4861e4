using RecoveryInfo.Web.Endpoints;
using RecoveryInfo.Web.Logging;
using RecoveryInfo.Web.Search;
using RecoveryInfo.Web.Security;
using RecoveryInfo.Web.Serving;
using RecoveryInfo.Web.Sharing;
using Serilog;

namespace RecoveryInfo.Web.Hosting;

/// <summary>The order every request passes through, top to bottom.</summary>
public static class RequestPipeline
{
    public static WebApplication UseRecoveryInfo(this WebApplication app)
    {
        // Counted first, so the search index build knows while any request is being served.
        var load = app.Services.GetRequiredService<RequestLoad>();
        app.Use(async (context, next) =>
        {
            load.Enter();
            try
            {
                await next(context);
            }
            finally
            {
                load.Exit();
            }
        });
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

        // Named here, after routing, so WebApplication does not add both to the front of the pipeline,
        // where they would run for every request (cached pages too). No page needs a login.
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapSiteEndpoints();
        app.MapSharingEndpoints();
        app.MapRazorPages();
        return app;
    }
}
