using SkiaSharp;

namespace RecoveryInfo.Web.Sharing;

/// <summary>
/// DejaVu Sans, shipped inside the assembly (<c>Sharing/Fonts/</c>, with its licence), so cards look
/// the same on every machine and no font is installed or downloaded.
/// </summary>
public static class CardFonts
{
    private static readonly Lazy<SKTypeface> _bold = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<SKTypeface> _regular = new(() => Load("DejaVuSans.ttf"));

    public static SKTypeface Bold => _bold.Value;

    public static SKTypeface Regular => _regular.Value;

    private static SKTypeface Load(string file)
    {
        var name = "RecoveryInfo.Web.Sharing.Fonts." + file;
        using var stream = typeof(CardFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the font {name} is not embedded in the site");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        // Skia keeps reading the font's bytes while the typeface lives, so it gets its own copy.
        using var data = SKData.CreateCopy(copy.ToArray());
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"the font {name} could not be read");
    }
}
