using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Files;

namespace RecoveryInfo.Web.Serving;

/// <summary>
/// The pictures in <c>content/images/</c>, served at <c>/images/</c>. A physical file provider
/// keeps requests inside the folder and skips dot and hidden files; symbolic links are refused, as
/// they could point anywhere; the content types below let only raster images out. The folder may be created after start-up, so it is looked for lazily.
/// </summary>
public sealed class ContentImageFiles(ContentStore store) : IFileProvider, IDisposable
{
    private readonly string _folder = Path.Combine(store.ContentFolder, ContentPaths.ImagesFolder);
    private PhysicalFileProvider? _provider;

    public StaticFileOptions StaticFileOptions => new()
    {
        RequestPath = ContentImages.UrlPrefix.TrimEnd('/'),
        FileProvider = this,
        ContentTypeProvider = new FileExtensionContentTypeProvider(ContentImages.ContentTypes.ToDictionary(StringComparer.OrdinalIgnoreCase)),
        ServeUnknownFileTypes = false,
        OnPrepareResponse = context => context.Context.Response.Headers.XContentTypeOptions = "nosniff",
    };

    /// <summary>A symbolic link (the file, a folder on the way, or the images folder itself) is never followed.</summary>
    public IFileInfo GetFileInfo(string subpath) =>
        Provider is { } provider && !ContentGuard.PassesThroughLink(_folder, subpath) ? provider.GetFileInfo(subpath) : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    public void Dispose() => _provider?.Dispose();

    private PhysicalFileProvider? Provider
    {
        get
        {
            if (Volatile.Read(ref _provider) is { } existing)
            {
                return existing;
            }

            if (!Directory.Exists(_folder))
            {
                return null;
            }

            var created = new PhysicalFileProvider(_folder, ExclusionFilters.Sensitive);
            if (Interlocked.CompareExchange(ref _provider, created, null) is { } raced)
            {
                created.Dispose();
                return raced;
            }

            return created;
        }
    }
}
