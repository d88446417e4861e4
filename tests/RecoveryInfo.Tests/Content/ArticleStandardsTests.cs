using System.Text.RegularExpressions;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Content;

/// <summary>The editorial standards every real article must meet (issue: the articles).</summary>
public sealed class ArticleStandardsTests
{
    private static readonly Regex _bannedTerms = new(@"\b(addicts?|abusers?|junkies|junkie|clean|dirty)\b", RegexOptions.IgnoreCase);

    public static TheoryData<string> RealArticles()
    {
        var data = new TheoryData<string>();
        foreach (var article in LoadReal().Articles)
        {
            data.Add(article.Url);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealArticles))]
    public void Every_real_article_meets_the_editorial_standard(string url)
    {
        var article = LoadReal().FindArticle(url)!;

        Assert.False(string.IsNullOrWhiteSpace(article.Description), "description");
        Assert.True(article.Description.Length <= 200, $"description is {article.Description.Length} characters");
        Assert.NotNull(article.LastReviewed);
        Assert.NotNull(article.NextReview);
        Assert.True(article.NextReview > article.LastReviewed, "next_review must be after last_reviewed");
        Assert.True(article.LastReviewed <= DateOnly.FromDateTime(DateTime.UtcNow), "last_reviewed is in the future");
        Assert.True(article.Sources.Count >= 2, $"{article.Sources.Count} sources");
        foreach (var source in article.Sources)
        {
            Assert.False(string.IsNullOrWhiteSpace(source.Title));
            Assert.True(Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps, source.Url);
        }

        var text = string.Join("\n", article.Title, article.Description, article.ReadPlainText());
        Assert.Empty(_bannedTerms.Matches(text).Select(match => match.Value));
        var words = article.ReadPlainText().Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.InRange(words, 500, 1200);
    }

    [Fact]
    public void Every_topic_of_the_seed_article_has_its_page()
    {
        var urls = LoadReal().Articles.Select(article => article.Url).ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "/understanding/what-is-ketamine", "/understanding/effects-and-risks", "/understanding/physical-harm",
                "/understanding/signs-of-a-problem", "/treatment/getting-help", "/treatment/detox-and-withdrawal",
                "/treatment/inpatient-rehab", "/treatment/talking-therapies", "/treatment/dual-diagnosis",
                "/treatment/outpatient-and-aftercare", "/treatment/complementary-approaches", "/recovery/peer-support",
                "/recovery/preventing-relapse", "/recovery/supporting-someone", "/get-help/urgent-help",
            },
            urls);
    }

    [Fact]
    public void The_content_check_reports_stigmatising_words_with_file_line_and_an_alternative()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        var file = Path.Combine(folder, "alpha", "only.md");
        File.AppendAllText(file, "\nHe stayed clean for a year.\n");

        var snapshot = SnapshotBuilder.Create().Load(folder, includeDrafts: false);

        var lineNumber = File.ReadAllLines(file).Length;
        Assert.Contains(
            $"content/alpha/only.md:{lineNumber}:11: error: 'clean' is stigmatising; use person-first language such as 'drug-free, or not using'",
            snapshot.Diagnostics.Select(diagnostic => diagnostic.ToString()));
    }

    [Fact]
    public void The_site_cites_at_least_ten_uk_sources_and_the_urgent_help_page_cites_one()
    {
        var snapshot = LoadReal();

        var ukHosts = snapshot.Articles.SelectMany(article => article.Sources)
            .Select(source => new Uri(source.Url).Host)
            .Where(IsUkSource)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.True(ukHosts.Count >= 10, $"{ukHosts.Count} UK sources: {string.Join(", ", ukHosts)}");
        Assert.Contains(snapshot.FindArticle("/get-help/urgent-help")!.Sources, source => IsUkSource(new Uri(source.Url).Host));
    }

    /// <summary>UK public bodies and charities: .uk, .scot and .wales addresses, and UK services on .com or .org.</summary>
    private static bool IsUkSource(string host) =>
        host.EndsWith(".uk", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".scot", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".wales", StringComparison.OrdinalIgnoreCase)
        || host is "www.talktofrank.com" or "giveusashout.org" or "www.samaritans.org" or "wearetheloop.org";

    private static ContentSnapshot LoadReal() =>
        SnapshotBuilder.Create().Load(Fixtures.RealContentPath, includeDrafts: false);
}
