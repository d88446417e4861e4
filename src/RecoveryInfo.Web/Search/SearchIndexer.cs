using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Glossary;

namespace RecoveryInfo.Web.Search;

/// <summary>
/// One long-lived in-memory index, updated in place: after an edit only the articles that changed
/// are analysed again, so saving one file costs milliseconds of processor time instead of a whole
/// rebuild. Not thread-safe: one caller at a time (<see cref="SiteSearch"/> has one builder).
/// The views it hands out are point in time, so searches in flight keep working during an update.
/// </summary>
public sealed class SearchIndexer : IDisposable
{
    private readonly Analyzer _analyzer = SearchDocuments.NewAnalyzer();
    private readonly IndexWriter _writer;
    private readonly Dictionary<string, Indexed> _indexed = new(StringComparer.Ordinal);
    private DirectoryReader? _reader;

    /// <summary>A whole new index of the snapshot, for tools and tests (the site updates one in place).</summary>
    public static SearchIndex BuildOnce(ContentSnapshot snapshot)
    {
        using var indexer = new SearchIndexer();
        return indexer.Update(snapshot);
    }

    public SearchIndexer()
        : this(mergePolicy: null)
    {
    }

    /// <summary>
    /// Lets tests keep replaced documents around (a small index merges them away at once; a large
    /// one keeps them for many updates), to show that they change no search result.
    /// </summary>
    internal SearchIndexer(MergePolicy? mergePolicy)
    {
        // Merges run on the updating thread rather than on threads of their own: the update is
        // already in the background, and the machine may have few cores to share with requests.
        var config = new IndexWriterConfig(SearchDocuments.Version, _analyzer)
        {
            OpenMode = OpenMode.CREATE,
            MergeScheduler = new SerialMergeScheduler(),
        };
        if (mergePolicy is not null)
        {
            config.MergePolicy = mergePolicy;
        }

        _writer = new IndexWriter(new RAMDirectory(), config);
    }

    /// <summary>How many articles the last update analysed again (all of them the first time).</summary>
    public int Reindexed { get; private set; }

    /// <summary>How many articles the index holds.</summary>
    public int Articles => _indexed.Count;

    /// <summary>
    /// Brings the index up to the snapshot and returns a view of it. An article is skipped when it
    /// is the very object indexed last time (the loader reuses unchanged articles) in a topic of
    /// the same title; otherwise its documents are replaced. Articles no longer there are deleted.
    /// </summary>
    /// <param name="snapshot">The content to index.</param>
    /// <param name="pace">Called after each article analysed, so a build can give way to requests.</param>
    public SearchIndex Update(ContentSnapshot snapshot, Action? pace = null)
    {
        var reindexed = 0;
        var position = 0L;
        long? urgentPosition = null;
        var urgentPage = snapshot.Site.UrgentHelp.Page.Split('#')[0];
        urgentPage = snapshot.FindRedirect(urgentPage) ?? urgentPage;
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var topic in snapshot.Topics)
        {
            foreach (var article in topic.Articles)
            {
                var key = new Term(SearchDocuments.ArticleField, article.Url);
                present.Add(article.Url);
                if (_indexed.TryGetValue(article.Url, out var last) && ReferenceEquals(last.Article, article) && last.TopicTitle == topic.Title)
                {
                    if (last.Position != position)
                    {
                        // An article added or removed before this one moves it, not its words.
                        _writer.UpdateNumericDocValue(key, SearchDocuments.PositionField, position);
                    }
                }
                else
                {
                    _writer.UpdateDocuments(key, SearchDocuments.For(topic, article, position));
                    reindexed++;
                    pace?.Invoke();
                }

                if (article.Url == urgentPage)
                {
                    urgentPosition = position;
                }

                _indexed[article.Url] = new Indexed(article, topic.Title, position);
                position++;
            }
        }

        reindexed += UpdateGlossary(snapshot, position);

        foreach (var gone in _indexed.Keys.Where(url => !present.Contains(url)).ToList())
        {
            _writer.DeleteDocuments(new Term(SearchDocuments.ArticleField, gone));
            _indexed.Remove(gone);
        }

        // The previous reader is left open: a search may still be using it, and a reader of a
        // RAMDirectory holds nothing but memory, which the GC takes back once nobody does.
        _reader = _reader is null ? DirectoryReader.Open(_writer, applyAllDeletes: true) : DirectoryReader.OpenIfChanged(_reader, _writer, applyAllDeletes: true) ?? _reader;
        Reindexed = reindexed;
        return new SearchIndex(_analyzer, _reader, snapshot.Version, new SynonymTable(_analyzer, snapshot.Synonyms), urgentPosition);
    }

    /// <summary>Indexes the glossary as the page after the last article, again only when it or its place changed.</summary>
    private int UpdateGlossary(ContentSnapshot snapshot, long position)
    {
        if (ReferenceEquals(_glossary, snapshot.Glossary) && _glossaryPosition == position)
        {
            return 0;
        }

        var key = new Term(SearchDocuments.ArticleField, GlossaryTerms.Url);
        _glossary = snapshot.Glossary;
        _glossaryPosition = position;
        if (snapshot.Glossary.Entries.Count == 0)
        {
            _writer.DeleteDocuments(key);
            return 0;
        }

        _writer.UpdateDocuments(key, SearchDocuments.ForGlossary(snapshot.Glossary, GlossaryTerms.PageTitle, GlossaryTerms.PageDescription, position));
        return 1;
    }

    public void Dispose() => _writer.Dispose();

    private GlossaryTerms? _glossary;
    private long _glossaryPosition = -1;

    private sealed record Indexed(Article Article, string TopicTitle, long Position);
}
