using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Docs;

/// <summary>docs/migrating-0.2.md: its example prints what its comments say, and every member it calls removed is gone.</summary>
public sealed class MigrationDocTests
{
    private static readonly string Doc = File.ReadAllText(SampleData.DocsPath("migrating-0.2.md")).ReplaceLineEndings("\n");

    [Fact]
    public void The_example_prints_what_the_comments_say()
    {
        var graph = OkrJson.ReadFile(SampleData.PathOf("techsolutions.json")).Compile().ThrowIfFailed();
        var asOf = new DateOnly(2026, 2, 15);
        var result = graph.Rollup(asOf);
        var quality = result["quality"];
        Assert.Contains($"// {quality.Progress:0.000} {quality.Status} {quality.Grade}\n", Doc, StringComparison.Ordinal);
        var share = Assert.Single(result.GetShares(graph["bugs"]));
        Assert.Contains($"// {share.Parent.Id} {share.Share}\n", Doc, StringComparison.Ordinal);
        var mobile = graph["mobile-app"];
        Assert.Contains($"// {string.Join(", ", mobile.Parents.Ids())}\n", Doc, StringComparison.Ordinal);
        Assert.Contains($"Console.WriteLine(mobile.Depth);                                                  // {mobile.Depth}\n", Doc, StringComparison.Ordinal);
        Assert.Contains($"// {graph.AnalyzeHealth(asOf).FindingsWithCode(DiagnosticCodes.OutputHeavy).Count()}\n", Doc, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(OkrGraph), "IndexOf")]
    [InlineData(typeof(OkrGraph), "TryGetIndex")]
    [InlineData(typeof(OkrGraph), "GetId")]
    [InlineData(typeof(OkrGraph), "GetKind")]
    [InlineData(typeof(OkrGraph), "GetObjective")]
    [InlineData(typeof(OkrGraph), "GetKeyResult")]
    [InlineData(typeof(OkrGraph), "GetChildren")]
    [InlineData(typeof(OkrGraph), "GetParents")]
    [InlineData(typeof(OkrGraph), "GetAncestors")]
    [InlineData(typeof(OkrGraph), "GetDescendants")]
    [InlineData(typeof(OkrGraph), "GetImpactSet")]
    [InlineData(typeof(OkrGraph), "GetDepth")]
    [InlineData(typeof(RollupEngine), "Compute")]
    [InlineData(typeof(RollupResult), "GetProgress")]
    [InlineData(typeof(RollupResult), "GetRawProgress")]
    [InlineData(typeof(RollupResult), "GetProvenance")]
    [InlineData(typeof(RollupResult), "GetStatus")]
    [InlineData(typeof(RollupResult), "GetGrade")]
    [InlineData(typeof(RollupState), "GetProgress")]
    [InlineData(typeof(RollupState), "GetProvenance")]
    [InlineData(typeof(HealthAnalyzer), "Analyze")]
    [InlineData(typeof(HealthReport), "WithCode")]
    [InlineData(typeof(OkrJsonReadResult), "Compile")]
    [InlineData(typeof(OkrJson), "WriteResults")]
    [InlineData(typeof(OkrSet), "Compile")]
    public void A_member_the_page_calls_removed_is_gone_and_listed(Type type, string member)
    {
        Assert.Empty(type.GetMember(member));
        Assert.Contains($".{member}(", Doc, StringComparison.Ordinal);
    }
}
