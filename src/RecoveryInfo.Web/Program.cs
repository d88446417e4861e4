using Microsoft.Extensions.Options;
using RecoveryInfo.Web.Cli;
using RecoveryInfo.Web.Hosting;

// `check`, `anchors` and `review` read the content folder and exit; `export` renders the site privately into
// a folder; anything else serves the site.
if (CommandLine.IsTool(args))
{
    return CommandLine.RunTool(args, Console.Out, Console.Error);
}

ExportRequest? export = null;
if (ExportCommand.IsRequested(args))
{
    export = ExportCommand.Parse(args[1..], Console.Error);
    if (export is null)
    {
        return ExitCodes.UsageError;
    }
}

var builder = WebApplication.CreateBuilder(export is null ? new WebApplicationOptions { Args = args } : ExportCommand.HostOptions(export));
builder.AddRecoveryInfo();
if (export is not null)
{
    ExportCommand.Configure(builder, export);
}

try
{
    var app = builder.Build();
    app.UseRecoveryInfo();
    if (export is not null)
    {
        return await ExportCommand.RunAsync(app, export, Console.Out, Console.Error);
    }

    await app.RunAsync();
    return ExitCodes.Succeeded;
}
catch (Exception exception) when (StartupFailure.Settings(exception) is { } settings && StartupFailure.IsOwnProcess)
{
    // A setting that stops start-up (a missing content folder, say) is the operator's to fix: one
    // line each, no stack trace. Under a test host the exception goes on to the test instead.
    foreach (var failure in settings.Failures)
    {
        Console.Error.WriteLine($"RecoveryInfo cannot start: {failure}");
    }

    return ExitCodes.FoundProblems;
}
