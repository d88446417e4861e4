using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content.Files;

namespace RecoveryInfo.Tests.Content;

/// <summary>The guard's estimates never refuse ordinary files, and always catch deep nesting.</summary>
public sealed class ContentGuardTests
{
    [Fact]
    public void Every_real_file_passes_the_guard()
    {
        foreach (var file in Directory.EnumerateFiles(Fixtures.RealContentPath, "*", SearchOption.AllDirectories).Where(file => file.EndsWith(".md", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            Assert.Null(ContentGuard.CheckBeforeReading(file, file, out _));
            Assert.Null(file.EndsWith(".md", StringComparison.Ordinal) ? ContentGuard.CheckMarkdown(text, file) : ContentGuard.CheckYaml(text, 1, file));
        }
    }

    [Theory]
    [InlineData("title: \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ quoted\"\n")]
    [InlineData("title: '{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{ quoted'\n")]
    [InlineData("title: x # [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ comment\n")]
    [InlineData("introduction: |\n  A line.\n    Indented more.\n      And more.\n  Back.\n")]
    [InlineData("sources:\n  - title: One\n    url: https://example.org/1\n  - title: Two\n    url: https://example.org/2\n")]
    [InlineData("urgent_help:\n  emergency:\n    - region: UK\n      number: \"999\"\n  helplines: [{ name: A, phone: \"1\" }]\n")]
    public void Ordinary_yaml_is_not_refused(string yaml) => Assert.Null(ContentGuard.CheckYaml(yaml, 2, "x.md"));

    [Theory]
    [InlineData("order: {{{{{{{{{{{{{{{{{{{{}}}}}}}}}}}}}}}}}}}}\n")]
    [InlineData("aliases: [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]\n")]
    [InlineData("aliases:\n  - - - - - - - - - - - - - - - - - - x\n")]
    [InlineData("a: \"closed\" [[[[[[[[[[[[[[[[[[[[\n")]
    public void Deeply_nested_yaml_is_refused_with_its_line(string yaml)
    {
        var refused = ContentGuard.CheckYaml(yaml, 2, "x.md");

        Assert.NotNull(refused);
        Assert.Contains("levels deep", refused.Message);
        Assert.Equal(2 + yaml.Count(character => character == '\n') - 1, refused.Line);
    }

    [Fact]
    public void Deep_indentation_in_yaml_is_refused()
    {
        var yaml = string.Concat(Enumerable.Range(0, ContentGuard.MaxYamlNesting + 2).Select(level => new string(' ', 2 * level) + $"k{level}:\n"));

        Assert.NotNull(ContentGuard.CheckYaml(yaml, 1, "x.md"));
    }
}
