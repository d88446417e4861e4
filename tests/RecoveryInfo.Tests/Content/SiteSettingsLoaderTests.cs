using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Markdown;

namespace RecoveryInfo.Tests.Content;

public sealed class SiteSettingsLoaderTests
{
    private readonly SiteSettingsLoader _loader = new(new SettingsFileParser(new FrontMatterReader()));

    [Fact]
    public void Settings_that_lose_every_emergency_number_keep_the_last_good_ones()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var version = new ContentVersion();
        var good = _loader.Load(folder, null, [], version);
        var previous = SnapshotBuilder.Create().Load(folder, includeDrafts: false);
        File.WriteAllText(Path.Combine(folder, "site.yml"), "name: Renamed\nurgent_help:\n  emergency: []\n");
        var diagnostics = new List<ContentDiagnostic>();

        var kept = _loader.Load(folder, previous, diagnostics, version);

        Assert.Equal("Fixture Site", good.Name);
        Assert.Same(previous.Site, kept);
        Assert.Equal("555", kept.UrgentHelp.Emergency[0].Number);
        Assert.Contains(diagnostics, found => found.Severity == DiagnosticSeverity.Error && found.Message.StartsWith("urgent_help has no emergency numbers", StringComparison.Ordinal));
        Assert.Contains(diagnostics, found => found.Message == "the last good site settings are still being used until the errors in this file are fixed");
    }

    [Fact]
    public void A_missing_settings_file_on_first_load_gives_defaults_and_an_error()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        File.Delete(Path.Combine(folder, "site.yml"));
        var diagnostics = new List<ContentDiagnostic>();
        using var version = new ContentVersion();

        var settings = _loader.Load(folder, null, diagnostics, version);

        Assert.Equal("RecoveryInfo", settings.Name);
        Assert.Equal("content/site.yml:1:1: error: site.yml is missing; the site name and the urgent-help numbers come from it, so defaults are used", Assert.Single(diagnostics).ToString());
    }
}
