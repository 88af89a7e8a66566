using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Reliability;

/// <summary>
/// The rule every reliability test checks: what <see cref="OkrCompiler.Compile"/> accepts, every later step handles
/// (rollup, health, both writers, the live state); what it refuses comes with a code and a path.
/// </summary>
internal static class Pipeline
{
    public static readonly DateOnly Day = new(2026, 2, 15);

    /// <summary>Compiles <paramref name="set"/> and, when it compiles, runs every later step on it; returns the compile result.</summary>
    public static CompileResult RunAll(OkrSet set)
    {
        var compiled = set.Compile();
        foreach (var d in compiled.Diagnostics)
        {
            Assert.False(string.IsNullOrEmpty(d.Code), $"a diagnostic without a code: {d}");
            Assert.False(string.IsNullOrEmpty(d.Path), $"a compile diagnostic without a path: {d}");
        }
        if (!compiled.Succeeded) return compiled;
        var graph = compiled.Graph!;
        foreach (var node in graph.Nodes)
        {
            Assert.NotNull(node.Title);
            Assert.NotNull(node.Id);
        }
        var result = graph.Rollup(Day);
        foreach (var p in result.Nodes)
        {
            if (p.Progress is { } x) Assert.True(double.IsFinite(x), $"{p.Node.Id} has progress {x}");
            if (p.RawProgress is { } raw) Assert.True(double.IsFinite(raw), $"{p.Node.Id} has raw progress {raw}");
            Assert.True(double.IsFinite(p.ExpectedProgress), $"{p.Node.Id} expects {p.ExpectedProgress}");
        }
        foreach (var node in graph.Nodes)
        {
            foreach (var s in result.GetShares(node)) Assert.True(double.IsFinite(s.Share), $"{node.Id} shares {s.Share} with {s.Parent.Id}");
            foreach (var c in result.GetContributions(node)) Assert.True(double.IsFinite(c.Weight), $"{node.Id} contributes {c.Weight} to {c.Ancestor.Id}");
        }
        _ = graph.AnalyzeHealth(Day);
        var written = OkrJson.Write(set);
        Assert.True(OkrJson.TryRead(written).Succeeded, "the writer's output does not read back");
        _ = OkrResultsJson.Write(result);
        var state = graph.CreateRollupState(Day);
        _ = OkrJson.Write(state.ToSet());
        return compiled;
    }

    /// <summary>Asserts the set is refused with <paramref name="code"/> at <paramref name="path"/>.</summary>
    public static Diagnostic Refused(OkrSet set, string code, string path)
    {
        var compiled = RunAll(set);
        Assert.False(compiled.Succeeded, $"expected {code} at {path}, but the set compiled");
        var d = compiled.Diagnostics.FirstOrDefault(x => x.Code == code && x.Path == path);
        Assert.True(d is not null, $"expected {code} at {path}, got:\n{string.Join("\n", compiled.Diagnostics)}");
        Assert.True(d.IsError);
        return d;
    }

    public static OkrSet Valid() => GraphFixtures.Valid();
}
