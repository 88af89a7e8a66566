namespace Okr.Core.Tests.Reliability;

/// <summary>Misuse of the API throws the documented exception type, never NullReferenceException or OverflowException.</summary>
public class ExceptionTypeTests
{
    private static OkrGraph Graph() => Pipeline.Valid().Compile().Graph!;

    private sealed class Unnamed(string? name) : IRollupStrategy
    {
        public string Name => name!;

        public double Combine(ReadOnlySpan<RollupInput> inputs) => 0.5;
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(4)]
    [InlineData(int.MaxValue)]
    public void NodeListIndexOutsideTheList_ThrowsArgumentOutOfRange(int position)
    {
        var graph = Graph();
        Assert.Throws<ArgumentOutOfRangeException>(() => graph.Nodes[position]);
        Assert.Throws<ArgumentOutOfRangeException>(() => graph.Roots[position]);
        Assert.Throws<ArgumentOutOfRangeException>(() => graph["top"].Children[position]);
    }

    [Fact]
    public void ExtensionWithALoneSurrogate_IsAnInvalidTextDiagnosticFromTheWriter()
    {
        var set = Pipeline.Valid() with { Extensions = new Dictionary<string, string> { ["x-a"] = "\"\uD800\"" } };
        var error = Assert.Throws<OkrValidationException>(() => OkrJson.Write(set));
        var d = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidText, d.Code);
        Assert.Equal("$.x-a", d.Path);
        var named = Pipeline.Valid() with { Extensions = new Dictionary<string, string> { ["x-\uDC00"] = "1" } };
        Assert.Equal(DiagnosticCodes.InvalidText, Assert.Single(Assert.Throws<OkrValidationException>(() => OkrJson.Write(named)).Diagnostics).Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void StrategyWithoutAName_IsRefusedWhenRegistered(string? name)
    {
        var error = Assert.Throws<ArgumentException>(() => new RollupOptions { Strategies = [new Unnamed(name)] });
        Assert.Equal("Strategies", error.ParamName);
        Assert.Throws<ArgumentException>(() => RollupOptions.Default.WithStrategy(new Unnamed(name)));
        Assert.Throws<ArgumentException>(() => new RollupOptions { DefaultStrategy = new Unnamed(name) });
        Assert.Throws<ArgumentException>(() => new RollupOptions { Strategies = [null!] });
    }

    [Fact]
    public void LocateWithANullDiagnostic_ThrowsArgumentException()
    {
        var read = OkrJson.TryRead(OkrJson.Write(Pipeline.Valid()));
        var error = Assert.Throws<ArgumentException>(() => read.Locate([null!]));
        Assert.Equal("diagnostics", error.ParamName);
    }

    [Fact]
    public void DefaultNode_ThrowsInvalidOperationEverywhere()
    {
        var node = default(OkrNode);
        Assert.Throws<InvalidOperationException>(() => node.Id);
        Assert.Throws<InvalidOperationException>(() => node.Title);
        Assert.Throws<InvalidOperationException>(() => node.Kind);
        Assert.Throws<InvalidOperationException>(() => node.Parents);
        Assert.Equal("(default OkrNode)", node.ToString());
        var result = Graph().Rollup(Pipeline.Day);
        Assert.Throws<ArgumentException>(() => result[node]);
        Assert.Throws<ArgumentException>(() => result.GetContributions(node));
        Assert.Throws<ArgumentException>(() => result.GetShares(node));
    }
}
