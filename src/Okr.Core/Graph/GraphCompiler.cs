namespace Okr.Core.Graph;

/// <summary>
/// Validates an <see cref="OkrSet"/> and compiles it into an <see cref="OkrGraph"/>: <see cref="ModelValidator"/>
/// checks the model, collects the edges and orders the nodes; <see cref="CsrBuilder"/> lays the graph out. Iterative
/// throughout.
/// </summary>
internal static class GraphCompiler
{
    public static CompileResult Compile(OkrSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var validator = new ModelValidator(set);
        var order = validator.Run();
        var graph = order is null ? null : CsrBuilder.Build(set, validator.Ids, validator.Index, validator.Edges, order);
        return new CompileResult(graph, validator.Diagnostics);
    }
}
