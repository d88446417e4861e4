using System.Numerics;

namespace RecoveryInfo.Web.Search;

/// <summary>
/// How one page matched a search: which words its own document (title and description) holds, and
/// which each of its sections holds in its own heading and text, with their scores.
/// </summary>
internal sealed class PageMatch(long position)
{
    private readonly Dictionary<int, SectionMatch> _sections = [];

    /// <summary>Where the article comes in the content: the last tie-breaker, so results never shuffle.</summary>
    public long Position { get; } = position;

    /// <summary>Any document of the page, to read what is stored about the page from.</summary>
    public int AnyDocument { get; private set; } = -1;

    /// <summary>The words the title or description holds.</summary>
    public ulong OwnWords { get; private set; }

    public float OwnScore { get; private set; }

    public IEnumerable<SectionMatch> Sections => _sections.Values;

    /// <summary>The words the page holds anywhere.</summary>
    public ulong Words => Sections.Aggregate(OwnWords, (words, section) => words | section.Words);

    /// <summary>The page's best match: its title and description, and its best section.</summary>
    public float Score => OwnScore + Sections.Select(section => section.Score).DefaultIfEmpty(0).Max();

    public int WordCount(ulong among) => BitOperations.PopCount(Words & among);

    public void AddOwn(int document, ulong word, float score)
    {
        AnyDocument = document;
        OwnWords |= word;
        OwnScore += score;
    }

    public void AddSection(int document, int part, ulong word, float score)
    {
        if (!_sections.TryGetValue(document, out var section))
        {
            _sections[document] = section = new SectionMatch(document, part);
            AnyDocument = AnyDocument < 0 ? document : AnyDocument;
        }

        section.Words |= word;
        section.Score += score;
    }

    /// <summary>
    /// The sections to list under the page: those whose own heading or text holds the most of the
    /// required words (at least one), best first, never the introduction (it is the page itself).
    /// </summary>
    public List<SectionMatch> ListedSections(ulong required, int count)
    {
        var candidates = Sections.Where(section => !section.IsIntroduction && (section.Words & required) != 0).ToList();
        if (candidates.Count == 0)
        {
            return candidates;
        }

        var most = candidates.Max(section => BitOperations.PopCount(section.Words & required));
        return [.. candidates.Where(section => BitOperations.PopCount(section.Words & required) == most)
            .OrderByDescending(section => section.Score).ThenBy(section => section.Part).Take(count)];
    }

    /// <summary>The introduction, if it holds a required word: its words then stand for the page.</summary>
    public SectionMatch? MatchingIntroduction(ulong required) =>
        Sections.FirstOrDefault(section => section.IsIntroduction && (section.Words & required) != 0);
}
