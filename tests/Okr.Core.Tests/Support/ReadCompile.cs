namespace Okr.Core.Tests;

/// <summary>Reading then compiling, with compile diagnostics given the document's lines: what a user writes in two lines.</summary>
internal static class ReadCompile
{
    public static CompileResult CompileLocated(this OkrJsonReadResult read)
    {
        if (read.Set is null) return new CompileResult(null, read.Diagnostics);
        var compiled = read.Set.Compile();
        return new CompileResult(compiled.Graph, [.. read.Diagnostics, .. read.Locate(compiled.Diagnostics)]);
    }
}

/// <summary>Index-based access for tests that walk a graph's arrays by index.</summary>
internal static class IndexAccess
{
    public static NodeProgress At(this RollupResult result, int index) => result[result.Graph.Nodes[index]];

    public static NodeProgress At(this RollupState state, int index) => state[state.Graph.Nodes[index]];
}
