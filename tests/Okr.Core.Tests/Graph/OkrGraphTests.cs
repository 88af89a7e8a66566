using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Graph;

public class OkrGraphTests
{
    [Fact]
    public void Compile_TechSolutions_NumbersInputsBeforeParents()
    {
        var result = WorkedExamples.TechSolutions().Compile();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var graph = result.Graph!;
        Assert.Equal(9, graph.NodeCount);
        Assert.Equal(8, graph.EdgeCount);
        foreach (var edge in graph.Edges) Assert.True(edge.Child.Index < edge.Parent.Index);
        Assert.Equal(["quality"], graph.Roots.Ids());
    }
}
