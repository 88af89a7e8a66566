using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Graph;

public class SyntheticOrgTests
{
    [Fact]
    public void Generate_DefaultOptions_CompilesWithoutErrors()
    {
        var set = SyntheticOrg.Generate(new SyntheticOrgOptions { Objectives = 2_000 });
        var result = set.Compile();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Take(5)));
        Assert.Equal(8_000, result.Graph!.NodeCount);
        Assert.Contains(set.Alignments, a => a.Kind == AlignmentKind.Shared);
        Assert.Contains(set.Alignments, a => a.Kind == AlignmentKind.Cascaded);
        Assert.Contains(set.Alignments, a => a.Weight == 0);
    }

    [Fact]
    public void Generate_SameSeed_SameSet()
        => Assert.Equal(SyntheticOrg.Generate(new SyntheticOrgOptions { Objectives = 300, Seed = 7 }), SyntheticOrg.Generate(new SyntheticOrgOptions { Objectives = 300, Seed = 7 }));
}
