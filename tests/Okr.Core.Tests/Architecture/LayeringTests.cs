namespace Okr.Core.Tests.Architecture;

/// <summary>
/// Dependencies point one way, and the compiled assemblies prove it: every namespace is a layer, each layer may use
/// only the layers listed for it, and every project under <c>src/</c> is read. Model &lt;- Graph &lt;- Scoring/Rollup
/// &lt;- Health; the okr/1 format sees the model and diagnostics only; the results document sits above the rollup;
/// satellite packages see the core, never the reverse.
/// </summary>
public sealed class LayeringTests
{
    private const string Internal = "Okr.Core.Internal";
    private const string Diagnostics = "Okr.Core.Diagnostics";
    private const string Model = "Okr.Core";
    private const string Graph = "Okr.Core.Graph";
    private const string Scoring = "Okr.Core.Scoring";
    private const string Rollup = "Okr.Core.Rollup";
    private const string Health = "Okr.Core.Health";
    private const string Serialization = "Okr.Core.Serialization";
    private const string Results = "Okr.Core.Results";
    private const string Interop = "Okr.Core.Interop";

    private const string Visuals = "Okr.Core.Visuals";

    private static readonly string[] CoreLayers = [Results, Serialization, Health, Rollup, Scoring, Graph, Model, Diagnostics];

    /// <summary>Each layer (a namespace) and the layers it may use besides itself.</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> Layers = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Internal] = [],
        [Diagnostics] = [Internal],
        [Model] = [Diagnostics, Internal],
        [Graph] = [Model, Diagnostics, Internal],
        [Scoring] = [Graph, Model, Diagnostics, Internal],
        [Rollup] = [Scoring, Graph, Model, Diagnostics, Internal],
        [Health] = [Rollup, Scoring, Graph, Model, Diagnostics, Internal],
        [Serialization] = [Model, Diagnostics, Internal],
        [Results] = [Health, Rollup, Scoring, Graph, Model, Serialization, Diagnostics, Internal],
        // The okr tool sits on top of every core layer; its own namespaces see each other.
        ["Okr.Cli"] = [.. CoreLayers, Visuals, "Okr.Cli.Commands", "Okr.Cli.Input", "Okr.Cli.Rendering"],
        ["Okr.Cli.Commands"] = [.. CoreLayers, Visuals, "Okr.Cli", "Okr.Cli.Input", "Okr.Cli.Rendering", Interop],
        ["Okr.Cli.Input"] = [.. CoreLayers, "Okr.Cli"],
        ["Okr.Cli.Rendering"] = [.. CoreLayers, "Okr.Cli"],
        // The QuikGraph view sees the compiled graph and the model behind it, nothing else of the core.
        ["Okr.Core.QuikGraph"] = [Graph, Model],
        // The pictures see the core's public layers (the model, the graph, the rollup, scoring and health), nothing else.
        [Visuals] = [Health, Rollup, Scoring, Graph, Model, Diagnostics],
        // The importers write the model and read it back through okr/1, compile it, and roll it up for the fidelity
        // report's progress comparison; their own namespaces see each other.
        [Interop] = [Model, Graph, Rollup, Serialization, Diagnostics, Interop + ".Viva", Interop + ".Csv"],
        [Interop + ".Viva"] = [Model, Diagnostics, Interop],
        [Interop + ".Csv"] = [Model, Graph, Serialization, Diagnostics, Interop, Interop + ".Viva"],
    };

    /// <summary>Each assembly and the assemblies outside the .NET framework it may reference.</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> Packages = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Okr.Core"] = [],
        ["Okr.Cli"] = ["Okr.Core", "Okr.Core.Interop", "Okr.Core.Visuals", "System.CommandLine", "Spectre.Console", "Spectre.Console.Ansi"],
        ["Okr.Core.QuikGraph"] = ["Okr.Core", "QuikGraph"],
        ["Okr.Core.Visuals"] = ["Okr.Core"],
        ["Okr.Core.Interop"] = ["Okr.Core", "Sep"],
    };

    public static TheoryData<string> SourceProjects()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(Support.SampleData.Root, "src")).Order(StringComparer.Ordinal))
        {
            if (Directory.GetFiles(dir, "*.csproj").Length > 0) data.Add(Path.GetFileName(dir));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Every_type_uses_only_the_layers_below_it(string project)
    {
        var violations = Violations(AssemblyPath(project), Layers);
        Assert.True(violations.Count == 0, $"{project} breaks the layering:\n" + string.Join("\n", violations));
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Every_project_references_only_its_allowed_packages(string project)
    {
        Assert.True(Packages.TryGetValue(project, out var allowed), $"src/{project} has no entry in LayeringTests.Packages: say which packages it may use.");
        var references = TypeReferenceReader.AssemblyReferences(AssemblyPath(project));
        var foreign = references.Where(r => !IsFramework(r) && !allowed.Contains(r, StringComparer.Ordinal)).ToList();
        Assert.True(foreign.Count == 0, $"{project} references {string.Join(", ", foreign)}, which it may not.");
    }

    [Fact]
    public void The_check_fails_naming_the_types_when_a_layer_uses_one_it_may_not()
    {
        // The same compiled library against a stricter rule: the rollup may not see scoring. The check must name
        // the rollup's types and the scoring types they use.
        var stricter = new Dictionary<string, string[]>(Layers, StringComparer.Ordinal) { [Rollup] = [Graph, Model, Diagnostics, Internal] };
        var violations = Violations(AssemblyPath("Okr.Core"), stricter);
        Assert.Contains(violations, v => v.StartsWith("Okr.Core.Rollup.", StringComparison.Ordinal) && v.Contains(" uses Okr.Core.Scoring.Scorer", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => !v.StartsWith("Okr.Core.Rollup.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reader_sees_uses_in_signatures_and_in_method_bodies()
    {
        var uses = TypeReferenceReader.Read(AssemblyPath("Okr.Core"));
        // A signature: RollupResult.Graph returns OkrGraph. A body only: RollupEngine.Rollup news up a RollupCore.
        Assert.Contains("Okr.Core.Graph.OkrGraph", uses["Okr.Core.Rollup.RollupResult"]);
        Assert.Contains("Okr.Core.Rollup.RollupCore", uses["Okr.Core.Rollup.RollupEngine"]);
        // A compiler-generated closure counts for the type that wrote it.
        Assert.DoesNotContain(uses.Keys, k => k.Contains('<', StringComparison.Ordinal) && !k.StartsWith('<'));
    }

    private static bool IsCoverageTracker(string type) => type.StartsWith("Coverlet.Core.Instrumentation.", StringComparison.Ordinal);

    internal static List<string> Violations(string assemblyPath, IReadOnlyDictionary<string, string[]> layers)
    {
        var violations = new List<string>();
        foreach (var (type, uses) in TypeReferenceReader.Read(assemblyPath).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var layer = NamespaceOf(type);
            // Built for net8.0, the compiler embeds the attributes params collections need; under coverage, coverlet adds
            // its hit trackers to every assembly. No one wrote these.
            if (layer is "Microsoft.CodeAnalysis" or "System.Runtime.CompilerServices" || IsCoverageTracker(type)) continue;
            if (!layers.TryGetValue(layer, out var allowed))
            {
                violations.Add($"{type} is in namespace {layer}, which has no layer rule in LayeringTests.Layers.");
                continue;
            }
            foreach (var used in uses.Order(StringComparer.Ordinal))
            {
                var usedLayer = NamespaceOf(used);
                if (!usedLayer.StartsWith("Okr.", StringComparison.Ordinal) || usedLayer == layer) continue;
                if (!allowed.Contains(usedLayer, StringComparer.Ordinal))
                    violations.Add($"{type} uses {used}: {layer} may use {(allowed.Length == 0 ? "no other layer" : string.Join(", ", allowed))}.");
            }
        }
        return violations;
    }

    private static string NamespaceOf(string type) => type.LastIndexOf('.') is var dot and > 0 ? type[..dot] : "";

    private static bool IsFramework(string assembly)
        => assembly is "System" or "netstandard" or "mscorlib" || assembly.StartsWith("System.", StringComparison.Ordinal) || assembly.StartsWith("Microsoft.Win32.", StringComparison.Ordinal);

    private static string AssemblyPath(string project)
    {
        var path = Path.Combine(AppContext.BaseDirectory, project + ".dll");
        Assert.True(File.Exists(path), $"src/{project} is not referenced by the test project, so its layering cannot be read: add a ProjectReference.");
        return path;
    }
}
