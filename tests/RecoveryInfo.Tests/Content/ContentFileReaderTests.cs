using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Files;

namespace RecoveryInfo.Tests.Content;

public sealed class ContentFileReaderTests
{
    [Fact]
    public void Text_that_is_not_utf8_is_refused_with_the_line_and_column_of_the_bad_byte()
    {
        var file = Path.Combine(Fixtures.CopyContent(Fixtures.ContentPath), "latin1.md");
        File.WriteAllBytes(file, [.. "first line\nab"u8, 0xE9, .. "c\n"u8]);
        var diagnostics = new List<ContentDiagnostic>();

        var text = ContentFileReader.ReadText(file, "content/latin1.md", diagnostics);

        Assert.Null(text);
        Assert.Equal(
            "content/latin1.md:2:3: error: the file is not valid UTF-8 text (byte 0xE9 here); save it with UTF-8 encoding",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void A_byte_order_mark_is_read_past()
    {
        var file = Path.Combine(Fixtures.CopyContent(Fixtures.ContentPath), "bom.md");
        File.WriteAllBytes(file, [0xEF, 0xBB, 0xBF, .. "---\ntitle: x\n"u8]);
        var diagnostics = new List<ContentDiagnostic>();

        Assert.Equal("---\ntitle: x\n", ContentFileReader.ReadText(file, "content/bom.md", diagnostics));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_file_over_the_limit_is_not_read()
    {
        var file = Path.Combine(Fixtures.CopyContent(Fixtures.ContentPath), "huge.md");
        File.WriteAllBytes(file, new byte[ContentPaths.MaxFileBytes + 1]);
        var diagnostics = new List<ContentDiagnostic>();

        Assert.Null(ContentFileReader.ReadText(file, "content/huge.md", diagnostics));
        Assert.Contains("over the 1 MB limit", Assert.Single(diagnostics).Message);
    }
}
