using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using RecoveryInfo.Web.Hosting;

namespace RecoveryInfo.Tests.Architecture;

/// <summary>
/// The site's folders and files depend on each other in one direction only, read from the compiled
/// assembly (method bodies included) with ArchUnitNET. A file is its top-level type: nested types,
/// lambdas and state machines count as part of the type that declares them.
/// </summary>
public sealed class DependencyTests
{
    private const string Root = "RecoveryInfo.Web";

    private static readonly Lazy<Dictionary<string, HashSet<string>>> _fileGraph = new(BuildFileGraph);

    public static TheoryData<string, string> ForbiddenFolderDependencies() => new()
    {
        { "Content", "Pages" }, { "Content", "Search" }, { "Content", "Serving" }, { "Content", "Endpoints" },
        { "Content", "Hosting" }, { "Content", "Cli" }, { "Content", "Export" }, { "Content", "Security" },
        { "Search", "Pages" }, { "Search", "Serving" }, { "Search", "Endpoints" }, { "Search", "Hosting" },
        { "Content/Files", "Content/Markdown" }, { "Content/Files", "Content/Checks" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenFolderDependencies))]
    public void A_lower_folder_references_no_type_from_a_higher_one(string from, string to)
    {
        var offending = _fileGraph.Value
            .Where(file => IsIn(file.Key, from))
            .SelectMany(file => file.Value.Where(target => IsIn(target, to)).Select(target => $"{file.Key} -> {target}"))
            .ToList();

        Assert.True(offending.Count == 0, $"{from} must not use {to}:\n" + string.Join('\n', offending));
    }

    [Fact]
    public void No_two_top_level_folders_depend_on_each_other_even_indirectly()
    {
        var folders = new Dictionary<string, HashSet<string>>();
        foreach (var (file, targets) in _fileGraph.Value)
        {
            var from = TopFolder(file);
            var edges = folders.TryGetValue(from, out var known) ? known : folders[from] = [];
            edges.UnionWith(targets.Select(TopFolder).Where(to => to != from));
        }

        var cycles = StronglyConnected(folders).Where(component => component.Count > 1).ToList();

        Assert.True(cycles.Count == 0, "folder cycles:\n" + Describe(cycles, folders));
    }

    [Fact]
    public void No_two_files_depend_on_each_other_even_indirectly()
    {
        var cycles = StronglyConnected(_fileGraph.Value).Where(component => component.Count > 1).ToList();

        Assert.True(cycles.Count == 0, "file cycles:\n" + Describe(cycles, _fileGraph.Value));
    }

    [Fact]
    public void The_check_sees_a_cycle_when_there_is_one()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
            ["D"] = ["A"],
        };

        var cycle = Assert.Single(StronglyConnected(graph), component => component.Count > 1);
        Assert.Equal(["A", "B", "C"], cycle.Order(StringComparer.Ordinal));
    }

    /// <summary>Edges between the site's files, named as folders are: <c>Content/Checks/UrlRules</c>.</summary>
    private static Dictionary<string, HashSet<string>> BuildFileGraph()
    {
        var architecture = new ArchLoader().LoadAssemblies(typeof(RecoveryInfo.Web.Hosting.RequestPipeline).Assembly).Build();
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in architecture.Types)
        {
            if (FileOf(type) is not { } from)
            {
                continue;
            }

            var edges = graph.TryGetValue(from, out var known) ? known : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var dependency in type.Dependencies)
            {
                if (FileOf(dependency.Target) is { } to && to != from)
                {
                    edges.Add(to);
                }
            }
        }

        return graph;
    }

    private static string? FileOf(IType type)
    {
        var fullName = type.FullName.Split('+', '/', '<', '`')[0];
        if (fullName.StartsWith("AspNetCoreGeneratedDocument.", StringComparison.Ordinal))
        {
            return "Pages/" + fullName["AspNetCoreGeneratedDocument.".Length..];
        }

        return fullName.StartsWith(Root + ".", StringComparison.Ordinal)
            ? fullName[(Root.Length + 1)..].Replace('.', '/')
            : null;
    }

    /// <summary>A folder's rule covers its subfolders too.</summary>
    private static bool IsIn(string file, string folder) => file.StartsWith(folder + "/", StringComparison.Ordinal);

    private static string TopFolder(string file) => file.Split('/')[0];

    /// <summary>Tarjan's algorithm: every group of nodes that reach each other.</summary>
    private static List<List<string>> StronglyConnected(Dictionary<string, HashSet<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<List<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return components;
    }

    private static string Describe(List<List<string>> cycles, Dictionary<string, HashSet<string>> graph) =>
        string.Join('\n', cycles.Select(cycle => string.Join(", ", cycle.Order(StringComparer.Ordinal).Select(node =>
            $"{node} -> [{string.Join(' ', (graph.GetValueOrDefault(node) ?? []).Where(cycle.Contains).Order(StringComparer.Ordinal))}]"))));
}
