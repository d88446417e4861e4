using System.Net;
using RecoveryInfo.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RecoveryInfo.Tests.Search;

/// <summary>
/// Searches as readers type them (symptoms, street names, misspellings, questions, a parent's
/// words) against the real <c>content/</c>, each with the page it must show among its first three
/// results. Search is judged by the share that does, not by any one query, so a wording change in
/// an article does not fail the suite on its own.
/// </summary>
public sealed class RelevanceTests(ITestOutputHelper output)
{
    private const double RequiredShare = 0.9;

    /// <summary>What a reader types, and the page that answers it.</summary>
    public static readonly IReadOnlyList<(string Query, string Page)> ReaderQueries =
    [
        ("bladder", "/understanding/physical-harm"),
        ("blood in my pee", "/get-help/urgent-help"),
        ("it hurts when i wee", "/understanding/physical-harm"),
        ("kidneys", "/understanding/physical-harm"),
        ("k cramps", "/understanding/physical-harm"),
        ("stomach pain", "/understanding/physical-harm"),
        ("memory loss", "/understanding/physical-harm"),
        ("wonky", "/understanding/what-is-ketamine"),
        ("special k", "/understanding/what-is-ketamine"),
        ("street names for ket", "/understanding/what-is-ketamine"),
        ("is ketamine legal", "/understanding/what-is-ketamine"),
        ("k hole", "/understanding/effects-and-risks"),
        ("mixing ket and alcohol", "/understanding/effects-and-risks"),
        ("how do i know if i have a problem", "/understanding/signs-of-a-problem"),
        ("drug testing", "/understanding/staying-safer"),
        ("overdose", "/get-help/urgent-help"),
        ("suicidal", "/get-help/urgent-help"),
        ("my friend collapsed", "/get-help/urgent-help"),
        ("teenager", "/your-situation/young-people"),
        ("will they tell my parents", "/your-situation/young-people"),
        ("school nurse", "/your-situation/young-people"),
        ("my son uses ketamine", "/your-situation/parents-and-families"),
        ("worried about my daughter", "/your-situation/parents-and-families"),
        ("my partner takes ket", "/your-situation/parents-and-families"),
        ("pregnant", "/your-situation/pregnancy-and-breastfeeding"),
        ("breastfeeding", "/your-situation/pregnancy-and-breastfeeding"),
        ("spravato", "/your-situation/prescribed-ketamine-and-clinics"),
        ("ketamine clinic for depression", "/your-situation/prescribed-ketamine-and-clinics"),
        ("rehab", "/treatment/inpatient-rehab"),
        ("how much does rehab cost", "/treatment/paying-for-treatment"),
        ("withdrawl symptoms", "/treatment/detox-and-withdrawal"),
        ("how long does withdrawal last", "/treatment/detox-and-withdrawal"),
        ("should i cut down or stop", "/treatment/detox-and-withdrawal"),
        ("talk to my doctor", "/treatment/seeing-a-gp"),
        ("will my gp tell anyone", "/treatment/seeing-a-gp"),
        ("depression and anxiety", "/treatment/dual-diagnosis"),
        ("cbt", "/treatment/talking-therapies"),
        ("counselling", "/treatment/talking-therapies"),
        ("aftercare", "/treatment/outpatient-and-aftercare"),
        ("mindfulness", "/treatment/complementary-approaches"),
        ("relaps", "/recovery/preventing-relapse"),
        ("cravings", "/recovery/preventing-relapse"),
        ("narcotics anonymous meetings", "/recovery/peer-support"),
        ("how can i help my friend", "/recovery/supporting-someone"),
        ("cookies", "/about/privacy"),
        ("report a mistake", "/about/about-this-information"),
        ("ketamine and alcohol", "/understanding/effects-and-risks"),
        ("cant sleep after stopping", "/treatment/detox-and-withdrawal"),
        ("is nhs treatment free", "/treatment/paying-for-treatment"),
        ("liver damage", "/understanding/physical-harm"),
        ("smart recovery", "/recovery/peer-support"),
        ("what is a k-hole", "/understanding/effects-and-risks"),
        ("private ketamine clinic", "/your-situation/prescribed-ketamine-and-clinics"),
        ("chlidline", "/your-situation/young-people"),
        ("signs of addiction", "/understanding/signs-of-a-problem"),
        ("is my data tracked", "/about/privacy"),
        ("screen reader", "/about/accessibility"),
        ("how long does rehab last", "/treatment/inpatient-rehab"),
        ("ptsd", "/treatment/dual-diagnosis"),
        ("family therapy", "/treatment/complementary-approaches"),
    ];

    [Fact]
    public async Task At_least_nine_in_ten_reader_searches_show_their_page_in_the_first_three_and_list_only_sections_with_their_words()
    {
        using var site = new SiteFactory(Fixtures.RealContentPath);
        var client = site.CreateClient();
        await Eventually.Until(
            async () => await client.GetAsync("/search?q=ketamine"), response => response.StatusCode == HttpStatusCode.OK, "search to be ready");

        var misses = new List<string>();
        var unmarked = new List<string>();
        foreach (var (query, page) in ReaderQueries)
        {
            var document = await client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));
            var firstThree = document.QuerySelectorAll("main ol.search-results > li h2 a").Take(3)
                .Select(link => link.GetAttribute("href")!.Split('#')[0]).ToList();
            if (!firstThree.Contains(page))
            {
                misses.Add($"\"{query}\": wanted {page}, first three were {string.Join(", ", firstThree)}");
            }

            // The words a section is listed for are marked in its heading or snippet; a section with none would be noise.
            unmarked.AddRange(document.QuerySelectorAll("main .search-result-sections > li")
                .Where(section => section.QuerySelector("mark") is null)
                .Select(section => $"\"{query}\": {section.QuerySelector("a")?.GetAttribute("href")}"));
        }

        var share = (double)(ReaderQueries.Count - misses.Count) / ReaderQueries.Count;
        output.WriteLine($"{ReaderQueries.Count - misses.Count} of {ReaderQueries.Count} reader searches ({share:P0}) show their page in the first three");
        misses.ForEach(output.WriteLine);
        Assert.True(ReaderQueries.Count >= 25, "the set must stay large enough to mean something");
        Assert.True(share >= RequiredShare, $"only {share:P0} of reader searches found their page:\n{string.Join('\n', misses)}");
        Assert.Empty(unmarked);
    }
}
