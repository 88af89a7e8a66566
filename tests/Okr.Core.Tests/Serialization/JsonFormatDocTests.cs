using System.Text.RegularExpressions;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Serialization;

/// <summary>Keeps docs/json-format.md true: its examples are read, and its printed diagnostics are what the code prints.</summary>
public partial class JsonFormatDocTests
{
    private static readonly string Doc = File.ReadAllText(SampleData.DocsPath("json-format.md")).ReplaceLineEndings("\n");

    [GeneratedRegex(@"<!-- (?<kind>example|output): (?<name>[a-z-]+) -->\n```[a-z]*\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();

    private static string BlockOf(string kind, string name)
        => Block().Matches(Doc).Single(m => m.Groups["kind"].Value == kind && m.Groups["name"].Value == name).Groups["body"].Value;

    private static string Lines(IEnumerable<Diagnostic> diagnostics) => string.Concat(diagnostics.Select(d => d + "\n"));

    [Fact]
    public void Doc_BadDateExample_PrintsTheDiagnosticsShown()
    {
        var json = BlockOf("example", "bad-date");
        Assert.Equal(BlockOf("output", "bad-date"), Lines(OkrJson.TryRead(json).Diagnostics));
        var fixedJson = json.Replace("2026-02-30", "2026-02-28", StringComparison.Ordinal);
        Assert.Equal(BlockOf("output", "bad-date-compiled"), Lines(OkrJson.TryRead(fixedJson).CompileLocated().Diagnostics));
    }

    [Fact]
    public void Doc_AnnotatedExample_ReadsAndFollowsTheSchema()
    {
        var json = BlockOf("example", "annotated");
        var read = OkrJson.TryRead(json);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Empty(read.Diagnostics);
        Assert.Empty(MiniJsonSchema.Load(SampleData.DocsPath("okr.schema.json")).Validate(json));
        // The excerpt agrees with the sample file it is taken from.
        var sample = OkrJson.ReadFile(SampleData.PathOf("techsolutions.json"));
        foreach (var kr in read.Set!.KeyResults) Assert.Equal(kr with { CheckIns = [] }, sample.KeyResults.Single(k => k.Id == kr.Id) with { CheckIns = [] });
    }

    [Fact]
    public async Task Doc_ReadingAndWritingExample_Works()
    {
        // The calls of the "Reading and writing" section, in order.
        OkrSet set = OkrJson.ReadFile(SampleData.PathOf("techsolutions.json"));
        OkrJsonReadResult read = OkrJson.TryRead(File.ReadAllText(SampleData.PathOf("techsolutions.json")));
        CompileResult compiled = read.CompileLocated();
        Assert.True(compiled.Succeeded);
        string text = OkrJson.Write(set);
        Assert.StartsWith("{", text);
        using var stream = new MemoryStream();
        await OkrJson.WriteAsync(set, stream);
        Assert.Equal(set, OkrJson.Read(new MemoryStream(stream.ToArray())));
        Assert.Contains("OkrJson.TryRead(json)", Doc);
        Assert.Contains("await OkrJson.WriteAsync(set, stream);", Doc);
    }
}
