using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;
using Xunit.Abstractions;

namespace Okr.Core.Tests.Arbitraries;

/// <summary>
/// Proof that the org arbitrary shrinks: a deliberately false invariant ("every objective is below 0.99") run through
/// FsCheck's runner must fail, and the counterexample FsCheck prints after shrinking must be a tiny, readable org.
/// </summary>
public sealed class ShrinkingPropertyTests(ITestOutputHelper output)
{
    /// <summary>Deliberately broken: objectives reach 0.99 all the time (a done milestone, a met metric, manual 1.2).</summary>
    public static bool EveryObjective_IsBelow99Percent(Org org) =>
        org.Compile().Rollup(Org.AsOf).Nodes.Where(n => n.Node.Kind == NodeKind.Objective).All(n => n.Progress is null || n.Progress < 0.99);

    [Fact]
    public void BrokenInvariant_Fails_AndShrinksToAtMostThreeObjectives()
    {
        var runner = new CapturingRunner();
        // Start at size 40 (up to 11 objectives), so what shrinks is a real org, not one already tiny.
        var config = Config.Quick.WithMaxTest(500).WithStartSize(40).WithArbitrary([typeof(OrgArbitraries)]).WithRunner(runner);
        var method = typeof(ShrinkingPropertyTests).GetMethod(nameof(EveryObjective_IsBelow99Percent), BindingFlags.Public | BindingFlags.Static)!;

        Check.Method(config, method, FSharpOption<object>.None);

        var failed = Assert.IsType<TestResult.Failed>(runner.Result);
        var original = Assert.IsType<Org>(Assert.Single(failed.Item2));
        var shrunk = Assert.IsType<Org>(Assert.Single(failed.Item3));
        var text = Runner.onFinishedToString(nameof(EveryObjective_IsBelow99Percent), runner.Result);
        output.WriteLine(text);
        output.WriteLine("Generated before shrinking: " + original.Objectives.Count + " objectives, " + original.KeyResults.Count + " key results, " + original.Alignments.Count + " alignments");
        Assert.False(EveryObjective_IsBelow99Percent(shrunk));
        Assert.InRange(shrunk.Objectives.Count, 1, 3);
        Assert.True(shrunk.KeyResults.Count <= 3, text);
        Assert.True(shrunk.Alignments.Count <= 2, text);
        Assert.Contains("Org: ", text);
        Assert.Contains(shrunk.Objectives[0].Id, text);
    }

    [Fact]
    public void Generate_EveryOrgOfEveryArbitrary_Compiles()
    {
        var orgs = OrgArbitraries.Org().Generator.Sample(100, 100)
            .Concat(OrgArbitraries.LargeOrg().Generator.Sample(5, 100).Select(o => o.Org))
            .Concat(OrgArbitraries.OrgWithDefects().Generator.Sample(20, 30).Select(o => o.Org));
        foreach (var org in orgs)
        {
            var result = org.Set.Compile();
            Assert.True(result.Succeeded, string.Join("\n", result.Errors) + "\n" + org);
        }
    }

    [Fact]
    public void Shrink_EveryCandidateOfAGeneratedOrg_CompilesAndIsNoLarger()
    {
        foreach (var org in OrgArbitraries.Org().Generator.Sample(20, 100))
        {
            foreach (var smaller in OrgArbitraries.Shrink(org).Take(200))
            {
                Assert.True(smaller.Set.Compile().Succeeded, smaller.ToString());
                Assert.True(smaller.Objectives.Count <= org.Objectives.Count && smaller.KeyResults.Count <= org.KeyResults.Count && smaller.Alignments.Count <= org.Alignments.Count);
                Assert.NotEqual(org.Set, smaller.Set);
            }
        }
    }

    /// <summary>Keeps FsCheck's result instead of throwing, so the test can look at the shrunk arguments.</summary>
    private sealed class CapturingRunner : IRunner
    {
        public TestResult? Result { get; private set; }

        public void OnStartFixture(Type type) { }

        public void OnArguments(int test, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every) { }

        public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink) { }

        public void OnFinished(string name, TestResult result) => Result = result;
    }
}
