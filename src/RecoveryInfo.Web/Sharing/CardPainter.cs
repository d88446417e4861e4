using SkiaSharp;

namespace RecoveryInfo.Web.Sharing;

/// <summary>
/// Draws a 1200×630 PNG preview card: the site's name, the page title and, for a section, its
/// heading, in the site's colours, in type large enough to read at thumbnail size. The same words
/// always give the same bytes (a shipped font, no hinting, no clock), so replicas agree.
/// </summary>
public sealed class CardPainter
{
    /// <summary>Part of every card's fingerprint: change it when the drawing changes, so cached cards are replaced.</summary>
    public const string Design = "card-v2";

    public const int Width = 1200;
    public const int Height = 630;

    private const float Margin = 80;
    private const float TextWidth = Width - (2 * Margin);
    private const float SiteNameBaseline = Height - Margin + 10;

    // The title and heading end this far above the site name's baseline (its type is 42 px).
    private const float TextBottom = SiteNameBaseline - 42 - 28;

    // The site's colours (site.css): brand background, white text, the focus yellow as an accent.
    private static readonly SKColor _brand = new(0x00, 0x5a, 0x70);
    private static readonly SKColor _accent = new(0xff, 0xbf, 0x47);
    private static readonly SKColor _neutral = new(0x33, 0x3d, 0x47);
    private static readonly SKColor _text = SKColors.White;
    private static readonly SKColor _quiet = new(0xdd, 0xe7, 0xec);

    // Flat colour and text compress well with the "Sub" filter alone; zlib level 3 is several times
    // faster than the default 6 for about a fifth more bytes (bench/README.md, preview cards).
    private static readonly SKPngEncoderOptions _png = new(SKPngEncoderFilterFlags.Sub, 3);

    private long _drawn;

    /// <summary>How many cards this painter has drawn: a cached card is not drawn again.</summary>
    public long Drawn => Interlocked.Read(ref _drawn);

    public byte[] Draw(CardText card)
    {
        Interlocked.Increment(ref _drawn);
        // Opaque, so the PNG holds no alpha channel: a quarter less to compress.
        using var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            if (card.SiteName.Length == 0)
            {
                DrawNeutral(canvas, card);
            }
            else
            {
                DrawBranded(canvas, card);
            }
        }

        using var pixels = bitmap.PeekPixels();
        using var png = pixels.Encode(_png) ?? throw new InvalidOperationException("Skia could not encode a card as PNG");
        return png.ToArray();
    }

    private static void DrawBranded(SKCanvas canvas, CardText card)
    {
        canvas.Clear(_brand);
        using var accent = new SKPaint { Color = _accent, IsAntialias = true };
        canvas.DrawRect(0, 0, 24, Height, accent);

        var top = Margin;
        if (card.Heading is { } heading)
        {
            // A section: the page it belongs to above, the heading itself as the main line.
            top = DrawBlock(canvas, card.Title, CardFonts.Regular, 44, 36, maxLines: 2, top, TextBottom, _quiet) + 28;
            DrawBlock(canvas, heading, CardFonts.Bold, 84, 52, maxLines: 4, top, TextBottom, _text);
        }
        else
        {
            DrawBlock(canvas, card.Title, CardFonts.Bold, 92, 56, maxLines: 4, top, TextBottom, _text);
        }

        using var font = Font(CardFonts.Bold, 42);
        using var paint = new SKPaint { Color = _accent, IsAntialias = true };
        canvas.DrawText(Fit(card.SiteName, font, TextWidth), Margin, SiteNameBaseline, SKTextAlign.Left, font, paint);
    }

    private static void DrawNeutral(SKCanvas canvas, CardText card)
    {
        canvas.Clear(_neutral);
        var bottom = DrawBlock(canvas, card.Title, CardFonts.Bold, 96, 64, maxLines: 2, 200, Height - Margin, _text);
        if (card.Heading is { } line)
        {
            DrawBlock(canvas, line, CardFonts.Regular, 48, 36, maxLines: 2, bottom + 24, Height - Margin, _quiet);
        }
    }

    /// <summary>
    /// Wraps <paramref name="text"/> at the largest size from <paramref name="size"/> down to
    /// <paramref name="smallest"/> that fits in <paramref name="maxLines"/> lines above
    /// <paramref name="bottom"/>; at the smallest size, what does not fit ends in an ellipsis.
    /// Returns the y just below the block.
    /// </summary>
    private static float DrawBlock(SKCanvas canvas, string text, SKTypeface typeface, float size, float smallest, int maxLines, float top, float bottom, SKColor color)
    {
        var lines = new List<string>();
        SKFont? font = null;
        for (; size >= smallest; size -= 4)
        {
            font?.Dispose();
            font = Font(typeface, size);
            lines = Wrap(text, font);
            if (lines.Count <= Math.Min(maxLines, LinesThatFit(size, top, bottom)))
            {
                break;
            }
        }

        using (font)
        {
            var room = Math.Max(1, Math.Min(maxLines, LinesThatFit(font!.Size, top, bottom)));
            if (lines.Count > room)
            {
                lines = [.. lines.Take(room - 1), Fit(string.Join(' ', lines.Skip(room - 1)), font, TextWidth)];
            }

            using var paint = new SKPaint { Color = color, IsAntialias = true };
            var y = top + font.Size;
            foreach (var line in lines)
            {
                canvas.DrawText(line, Margin, y, SKTextAlign.Left, font, paint);
                y += LineHeight(font.Size);
            }

            return y - LineHeight(font.Size) + Descent(font.Size);
        }
    }

    private static float LineHeight(float size) => size * 1.2f;

    private static float Descent(float size) => size * 0.3f;

    /// <summary>How many lines of type at <paramref name="size"/> fit between <paramref name="top"/> and <paramref name="bottom"/>.</summary>
    private static int LinesThatFit(float size, float top, float bottom) =>
        1 + (int)Math.Floor((bottom - top - size - Descent(size)) / LineHeight(size));

    private static SKFont Font(SKTypeface typeface, float size) =>
        new(typeface, size) { Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None, Subpixel = false };

    private static List<string> Wrap(string text, SKFont font)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > TextWidth)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines.Select(each => Fit(each, font, TextWidth)).ToList();
    }

    /// <summary>The text, cut with an ellipsis if it is wider than <paramref name="width"/>.</summary>
    private static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 1 && font.MeasureText(text[..cut].TrimEnd() + "…") > width)
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "…";
    }
}
