using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests.Markup;

/// <summary>Every page's HTML, exactly as served, passes the Nu HTML Checker with no errors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NuHtmlCheckerTests(BrowserSite site)
{
    [NuCheckerFact]
    public async Task Every_page_passes_the_nu_html_checker()
    {
        using var http = site.CreateHttpClient();
        var folder = Directory.CreateTempSubdirectory("recoveryinfo-vnu-");
        try
        {
            var files = new Dictionary<string, string>();
            foreach (var url in SitePages.Urls)
            {
                var response = await http.GetAsync(url);
                Assert.Equal(SitePages.ExpectedStatus(url), (int)response.StatusCode);
                var file = Path.Combine(folder.FullName, $"page{files.Count}.html");
                await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
                files[file] = url;
            }

            var report = await NuChecker.CheckAsync(files.Keys);

            // Name pages by URL rather than by temporary file in the failure message.
            foreach (var (file, url) in files)
            {
                report = report.Replace(file, url, StringComparison.Ordinal);
            }

            Assert.True(report.Length == 0, $"Nu HTML Checker errors in {files.Count} pages:\n{report}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
