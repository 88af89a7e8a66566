namespace Okr.Core.Graph;

/// <summary>
/// Validates an <see cref="OkrSet"/> and compiles it into an <see cref="OkrGraph"/>: <see cref="ModelValidator"/>
/// checks the model, collects the edges and orders the nodes; <see cref="CsrBuilder"/> lays the graph out. Iterative
/// throughout.
/// </summary>
internal static class GraphCompiler
{
    /// <summary>Compiles <paramref name="set"/>; <paramref name="work"/> is checked between the steps and inside the long ones.</summary>
    public static CompileResult Compile(OkrSet set, OkrWork? work = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        work ??= OkrWork.None;
        var validator = new ModelValidator(set) { Work = work };
        var order = validator.Run();
        work.Phase(0.9, 1);
        var graph = order is null ? null : CsrBuilder.Build(set, validator.Ids, validator.Index, validator.Edges, order);
        work.Complete();
        return new CompileResult(graph, validator.Diagnostics);
    }
}
