using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Docs;

/// <summary>
/// Every <c>```csharp</c> block of docs/*.md, README.md, src/Okr.Core/PACKAGE.md and the samples' READMEs compiles
/// against Okr.Core, so no page can show an API that does not exist.
/// </summary>
/// <remarks>
/// <para>A block is compiled as a top-level program (a library when it has no statements, only types), with the
/// usings a .NET SDK console app has implicitly (System, System.IO, System.Linq, ...).</para>
/// <para>A block that writes its own <c>using Okr...;</c> directives is a complete program and gets nothing else: it
/// must name every namespace it uses, as a user who copies it would. A block without them is a piece of its page
/// and gets every library namespace as a global using.</para>
/// <para>Fence info strings: <c>```csharp setup</c> marks a block whose statements every later block of the page
/// builds on (it is compiled itself, then prepended to each later block, until the next setup block);
/// <c>```csharp fragment</c> marks a block that is deliberately not a program and is skipped. Keep those rare.</para>
/// </remarks>
public sealed partial class DocExamplesCompileTests
{
    /// <summary>The implicit usings of a Microsoft.NET.Sdk console app.</summary>
    private static readonly string[] SdkUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    /// <summary>The library's namespaces, one per layer.</summary>
    private static readonly string[] LibraryUsings =
    [
        "Okr.Core", "Okr.Core.Diagnostics", "Okr.Core.Graph", "Okr.Core.Scoring", "Okr.Core.Rollup",
        "Okr.Core.Health", "Okr.Core.Serialization", "Okr.Core.Results", "Okr.Core.Visuals",
    ];

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        // The shared framework the tests run on, and Okr.Core: nothing of the tests or samples can leak in.
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return
        [
            .. Directory.GetFiles(framework, "*.dll")
                .Where(IsManagedAssembly)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
            MetadataReference.CreateFromFile(typeof(OkrSet).Assembly.Location),
            // The satellite package docs/quikgraph.md shows, and the QuikGraph it brings.
            MetadataReference.CreateFromFile(typeof(Okr.Core.QuikGraph.OkrGraphView).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(global::QuikGraph.IEdge<>).Assembly.Location),
            // The pictures package docs/visuals.md shows.
            MetadataReference.CreateFromFile(typeof(Okr.Core.Visuals.SvgMap).Assembly.Location),
            // The importers docs/import.md shows.
            MetadataReference.CreateFromFile(typeof(Okr.Core.Interop.OkrCsv).Assembly.Location),
        ];
    });

    [GeneratedRegex(@"^```csharp(?<info>[^\n]*)\n(?<body>.*?)^```[ \t]*$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpFence();

    /// <summary>The pages whose C# blocks are compiled, relative to the repository root.</summary>
    private static IEnumerable<string> Pages()
    {
        var root = SampleData.Root;
        IEnumerable<string> files =
        [
            "README.md",
            Path.Combine("src", "Okr.Core", "PACKAGE.md"),
            Path.Combine("src", "Okr.Core.Visuals", "PACKAGE.md"),
            .. Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Select(f => Path.GetRelativePath(root, f)),
            .. Directory.GetFiles(Path.Combine(root, "samples"), "README.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)),
        ];
        return files.Select(f => f.Replace('\\', '/')).Order(StringComparer.Ordinal);
    }

    /// <summary>One C# block of a page: its 1-based number among the page's C# blocks, info string, line and code.</summary>
    public sealed record Block(string Page, int Number, string Info, int Line, string Code)
    {
        public bool IsFragment => Info.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("fragment");

        public bool IsSetup => Info.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("setup");

        public override string ToString() => $"{Page} block {Number} (line {Line})";
    }

    private static List<Block> BlocksOf(string page)
    {
        var text = File.ReadAllText(Path.Combine(SampleData.Root, page)).ReplaceLineEndings("\n");
        var blocks = new List<Block>();
        foreach (Match match in CSharpFence().Matches(text))
        {
            var line = 1 + text.AsSpan(0, match.Index).Count('\n');
            blocks.Add(new Block(page, blocks.Count + 1, match.Groups["info"].Value.Trim(), line, match.Groups["body"].Value));
        }
        return blocks;
    }

    private static IEnumerable<Block> AllBlocks() => Pages().SelectMany(BlocksOf);

    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var block in AllBlocks().Where(b => !b.IsFragment)) data.Add(block.Page, block.Number);
        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Block_compiles(string page, int number)
    {
        var blocks = BlocksOf(page);
        var block = blocks[number - 1];
        var setup = blocks.Take(number - 1).LastOrDefault(b => b.IsSetup && !b.IsFragment);
        var errors = Compile(block, setup);
        Assert.True(errors.Count == 0, $"{block} does not compile{(setup is null ? "" : $" after the setup {setup}")}:\n{string.Join("\n", errors)}\n--- the block ---\n{block.Code}");
    }

    [Fact]
    public void The_pages_hold_C_sharp_blocks_and_few_fragments()
    {
        var blocks = AllBlocks().ToList();
        Assert.True(blocks.Count >= 25, $"only {blocks.Count} C# blocks found: has the fence pattern stopped matching?");
        Assert.True(blocks.Count(b => b.IsFragment) <= 2, "fragments are skipped; keep them rare: " + string.Join(", ", blocks.Where(b => b.IsFragment)));
        // The pages an app author copies from first are complete programs, with their usings.
        Assert.StartsWith("using Okr.Core;", BlocksOf("src/Okr.Core/PACKAGE.md")[0].Code, StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_quick_start_builds_as_the_consumer_smoke_test_builds_it()
    {
        // .ci/consumer-smoke.sh builds PACKAGE.md's first block for net8.0 with C# 12, nullable on and warnings as errors.
        var block = BlocksOf("src/Okr.Core/PACKAGE.md")[0];
        var diagnostics = Compile(block, setup: null, LanguageVersion.CSharp12, warningsAsErrors: true);
        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
    }

    [Fact]
    public void A_block_that_does_not_compile_is_reported_with_its_page_and_number()
    {
        // The check itself: an API that does not exist fails, and the failure names where it is.
        var bad = new Block("docs/example.md", 3, "", 10, "using Okr.Core;\nvar graph = new OkrSet().Compile();\n");
        var errors = Compile(bad, setup: null);
        Assert.Contains(errors, e => e.Contains("CS1061", StringComparison.Ordinal));   // Compile lives in Okr.Core.Graph
        Assert.Equal("docs/example.md block 3 (line 10)", bad.ToString());
        Assert.Empty(Compile(bad with { Code = "using Okr.Core;\nusing Okr.Core.Graph;\nvar graph = new OkrSet().Compile();\n" }, setup: null));
    }

    private static List<string> Compile(Block block, Block? setup, LanguageVersion language = LanguageVersion.Latest, bool warningsAsErrors = false)
    {
        var parse = new CSharpParseOptions(language, DocumentationMode.None, SourceCodeKind.Regular);
        var code = setup is null ? block.Code : MergeSetup(setup.Code, block.Code);
        var tree = CSharpSyntaxTree.ParseText(code, parse, path: block.ToString());
        var root = (CompilationUnitSyntax)tree.GetRoot();
        var ownsUsings = root.Usings.Any(u => u.Name?.ToString().StartsWith("Okr", StringComparison.Ordinal) == true);
        var globals = ownsUsings ? SdkUsings : [.. SdkUsings, .. LibraryUsings];
        var usingsTree = CSharpSyntaxTree.ParseText(string.Concat(globals.Select(u => $"global using {u};\n")), parse, path: "GlobalUsings.g.cs");
        var isProgram = root.Members.Any(m => m is GlobalStatementSyntax);
        var compilation = CSharpCompilation.Create(
            "DocBlock",
            [usingsTree, tree],
            References.Value,
            new CSharpCompilationOptions(isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: warningsAsErrors ? ReportDiagnostic.Error : ReportDiagnostic.Default));
        return [.. compilation.GetDiagnostics()
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .Select(d => $"{Where(d, block, setup)}: {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")];
    }

    /// <summary>The setup's using directives first, then its statements, then the block (whose own usings go up too).</summary>
    private static string MergeSetup(string setup, string block)
    {
        static (string Usings, string Body) Split(string code)
        {
            var lines = code.Split('\n');
            var usingLines = lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(';') && !l.Contains('=') && !l.Contains('(') || l.Trim().Length == 0).ToArray();
            return (string.Join('\n', usingLines), string.Join('\n', lines.Skip(usingLines.Length)));
        }
        var (setupUsings, setupRest) = Split(setup);
        var (blockUsings, blockRest) = Split(block);
        var usings = string.Join('\n', (setupUsings + "\n" + blockUsings).Split('\n').Where(l => l.Trim().Length > 0).Distinct());
        return usings + "\n" + setupRest + "\n" + blockRest;
    }

    private static string Where(Microsoft.CodeAnalysis.Diagnostic diagnostic, Block block, Block? setup)
    {
        if (!diagnostic.Location.IsInSource) return block.ToString();
        var line = diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
        return setup is null ? $"{block.Page} line {block.Line + line}" : $"{block} with its setup, line {line} of the merged program";
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
