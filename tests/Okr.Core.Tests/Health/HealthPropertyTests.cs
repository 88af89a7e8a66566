using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Health;

/// <summary>The health invariants as FsCheck properties over synthetic organisations with defects mixed in.</summary>
public class HealthPropertyTests
{
    private const double Tolerance = 1e-9;

    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(60);

    /// <summary>A synthetic org of 10 to 120 objectives, with some owners dropped, some alignments cut and some titles copied.</summary>
    private static readonly Gen<OkrSet> Orgs =
        from size in Gen.Choose(10, 120)
        from fanOut in Gen.Choose(1, 5)
        from keyResults in Gen.Choose(1, 6)
        from seed in Gen.Choose(0, 1_000_000)
        from defects in Gen.Elements(false, true)
        select WithDefects(SyntheticOrg.Generate(new SyntheticOrgOptions { Objectives = size, FanOut = fanOut, KeyResultsPerObjective = keyResults, Seed = seed }), defects, seed);

    [Fact]
    public void Analyze_ShufflingEveryListOfTheSet_GivesTheSameReport()
    {
        var gen = from set in Orgs from shuffle in Gen.Choose(0, 1_000_000) select (set, shuffle);
        Check.One(Runs, Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var expected = HealthAnalyzer.AnalyzeHealth(x.set.Compile().ThrowIfFailed(), SyntheticOrg.AsOf);
            var shuffled = HealthAnalyzer.AnalyzeHealth(Shuffle(x.set, new Random(x.shuffle)).Compile().ThrowIfFailed(), SyntheticOrg.AsOf);
            Assert.Equal(expected.Findings, shuffled.Findings);
            Assert.Equal(expected.Metrics, shuffled.Metrics);
            return true;
        }));
    }

    [Fact]
    public void Analyze_AddingAnUnrelatedHealthyTeam_AddsNoFinding()
    {
        var gen =
            from size in Gen.Choose(10, 120)
            from fanOut in Gen.Choose(2, 5)
            from seed in Gen.Choose(0, 1_000_000)
            from defects in Gen.Elements(false, true)
            from pick in Gen.Choose(0, 1_000)
            select (set: WithDefects(SyntheticOrg.Generate(new SyntheticOrgOptions { Objectives = size, FanOut = fanOut, Seed = seed }), defects, seed), pick);
        Check.One(Runs, Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var before = HealthAnalyzer.AnalyzeHealth(x.set.Compile().ThrowIfFailed(), SyntheticOrg.AsOf);
            var after = HealthAnalyzer.AnalyzeHealth(WithHealthyTeam(x.set, x.pick).Compile().ThrowIfFailed(), SyntheticOrg.AsOf);
            var known = before.Findings.Select(Key).ToHashSet();
            var added = after.Findings.Where(f => !known.Contains(Key(f))).ToList();
            Assert.True(added.Count == 0, "Added: " + string.Join("\n", added));
            return true;
        }));

        static string Key(HealthFinding f) => f.Code + ":" + string.Join(",", f.Ids);
    }

    [Fact]
    public void Analyze_FindingsAreSortedAndEveryCodeIsAHealthCode()
    {
        Check.One(Runs, Prop.ForAll(Orgs.ToArbitrary(), set =>
        {
            var report = HealthAnalyzer.AnalyzeHealth(set.Compile().ThrowIfFailed(), SyntheticOrg.AsOf);
            Assert.All(report.Findings, f => Assert.Contains(f.Code, HealthAnalyzer.BuiltInRules));
            Assert.All(report.Findings, f => Assert.NotEmpty(f.Ids));
            for (var i = 1; i < report.Findings.Count; i++) Assert.True(string.CompareOrdinal(report.Findings[i - 1].Code, report.Findings[i].Code) <= 0);
            var coverage = report.Metrics.AlignmentCoverage!.Value;
            return coverage is >= 0 and <= 1 && report.Metrics.Levels.Sum(l => l.Objectives) == set.Objectives.Count;
        }));
    }

    [Fact]
    public void Analyze_DisablingARule_RemovesExactlyItsFindings()
    {
        var gen = from set in Orgs from code in Gen.Elements(HealthAnalyzer.BuiltInRules.ToArray()) select (set, code);
        Check.One(Runs, Prop.ForAll(gen.ToArbitrary(), x =>
        {
            var graph = x.set.Compile().ThrowIfFailed();
            var all = HealthAnalyzer.AnalyzeHealth(graph, SyntheticOrg.AsOf);
            var without = HealthAnalyzer.AnalyzeHealth(graph, SyntheticOrg.AsOf, HealthOptions.Default with { DisabledRules = [x.code] });
            Assert.Equal(all.Findings.Where(f => f.Code != x.code), without.Findings);
            return true;
        }));
    }

    [Fact]
    public void Analyze_ChainOf50000Objectives_NoRecursionAndOneDepthFinding()
    {
        var b = new OkrSetBuilder().AddOwner("acme", null, OwnerKind.Company).AddOwner("team", null, OwnerKind.Team, "acme").AddPeriod(SyntheticOrg.Quarter);
        const int n = 50_000;
        for (var i = 0; i < n; i++)
        {
            var id = "c" + i.ToString(CultureInfo.InvariantCulture);
            b.AddObjective(id, "Chain " + id, i == 0 ? "acme" : "team", SyntheticOrg.Quarter.Id);
            if (i > 0) b.ContributeTo(id, "c" + (i - 1).ToString(CultureInfo.InvariantCulture));
        }
        var report = HealthAnalyzer.AnalyzeHealth(b.Build().Compile().ThrowIfFailed(), SyntheticOrg.AsOf, HealthOptions.Default with { DisabledRules = [DiagnosticCodes.TooFewKeyResults] });
        Assert.Equal(n - 1, report.Metrics.DeepestLevel);
        Assert.Equal(["c49999", "c0"], Assert.Single(report.FindingsWithCode(DiagnosticCodes.TooDeep)).Ids);
        Assert.Equal(1.0, report.Metrics.AlignmentCoverage!.Value, Tolerance);
    }

    [Fact]
    public void Generator_WithDefects_RaisesManyKindsOfFinding()
    {
        // The properties above mean something only when the generated orgs have findings of many kinds.
        var set = WithDefects(SyntheticOrg.Generate(new SyntheticOrgOptions { Objectives = 400, FanOut = 2, KeyResultsPerObjective = 2, Seed = 3 }), defects: true, seed: 3);
        var codes = HealthAnalyzer.AnalyzeHealth(set.Compile().ThrowIfFailed(), SyntheticOrg.AsOf).Findings.Select(f => f.Code).ToHashSet();
        Assert.Superset(new HashSet<string> { DiagnosticCodes.TooFewKeyResults, DiagnosticCodes.OutputHeavy, DiagnosticCodes.VerbatimCascade, DiagnosticCodes.Orphan, DiagnosticCodes.NoOwner, DiagnosticCodes.TooDeep }, codes);
    }

    /// <summary>
    /// Mixes defects in (when <paramref name="defects"/>): every 7th objective loses its owner, every 11th its
    /// alignments, and every cascaded objective whose number is divisible by 3 copies its parent key result's title.
    /// </summary>
    private static OkrSet WithDefects(OkrSet set, bool defects, int seed)
    {
        if (!defects) return set;
        var random = new Random(seed);
        var krTitles = set.KeyResults.ToDictionary(k => k.Id, k => k.Title);
        var cascadedFrom = set.Alignments.Where(a => a.Kind == AlignmentKind.Cascaded).GroupBy(a => a.ChildId).ToDictionary(g => g.Key, g => g.First().ParentId);
        var cut = new HashSet<string>();
        var objectives = set.Objectives.Select((o, i) =>
        {
            if (i > 0 && random.Next(7) == 0) o = o with { OwnerIds = [] };
            if (i > 0 && random.Next(11) == 0) cut.Add(o.Id);
            if (i % 3 == 0 && cascadedFrom.TryGetValue(o.Id, out var kr)) o = o with { Title = krTitles[kr].ToUpperInvariant() + "!" };
            return o;
        }).ToList();
        return set with { Objectives = objectives, Alignments = [.. set.Alignments.Where(a => !cut.Contains(a.ChildId))] };
    }

    private static OkrSet Shuffle(OkrSet set, Random random)
    {
        T[] Mix<T>(IReadOnlyList<T> list)
        {
            var array = list.ToArray();
            random.Shuffle(array);
            return array;
        }
        return set with
        {
            Owners = Mix(set.Owners),
            Periods = Mix(set.Periods),
            Objectives = Mix(set.Objectives),
            KeyResults = Mix(set.KeyResults),
            Alignments = Mix(set.Alignments),
        };
    }

    /// <summary>
    /// A healthy, cross-functional team: 3 objectives with 3 measured key results each, checked in the day before, owned
    /// jointly by two new teams under two different existing departments and aligned bottom-up to the top objective.
    /// Two departments, not one: a team from a single department that becomes the only support of the top objective
    /// is exactly what the silo rule (OKR0505) must flag, so it would not be a healthy addition.
    /// </summary>
    private static OkrSet WithHealthyTeam(OkrSet set, int pick)
    {
        var departments = set.Owners.Where(o => o.Kind == OwnerKind.Department).ToList();
        var first = departments[pick % departments.Count];
        var second = departments[(pick + 1) % departments.Count];
        Assert.NotEqual(first.Id, second.Id); // the generator's fan-out of 2 or more gives at least two departments
        const string teamA = "healthy-team-a", teamB = "healthy-team-b";
        var top = set.Objectives[0].Id;
        var objectives = new List<Objective>();
        var keyResults = new List<KeyResult>();
        var alignments = new List<Alignment>();
        for (var i = 1; i <= 3; i++)
        {
            var id = "healthy-o" + i.ToString(CultureInfo.InvariantCulture);
            objectives.Add(new Objective { Id = id, Title = "Healthy objective " + i.ToString(CultureInfo.InvariantCulture), OwnerIds = [teamA, teamB], PeriodId = SyntheticOrg.Quarter.Id });
            alignments.Add(new Alignment { ChildId = id, ParentId = top, Kind = AlignmentKind.BottomUp });
            for (var k = 1; k <= 3; k++)
            {
                keyResults.Add(new KeyResult
                {
                    Id = id + "-kr" + k.ToString(CultureInfo.InvariantCulture),
                    Title = "Healthy key result " + k.ToString(CultureInfo.InvariantCulture),
                    ObjectiveId = id,
                    OwnerId = k % 2 == 0 ? teamB : teamA,
                    Measure = Measure.Metric(0, 100),
                    CheckIns = [new CheckIn { Date = SyntheticOrg.AsOf.AddDays(-1), Value = 40 + k }],
                });
            }
        }
        return set with
        {
            Owners = [.. set.Owners, new Owner { Id = teamA, Kind = OwnerKind.Team, ParentId = first.Id }, new Owner { Id = teamB, Kind = OwnerKind.Team, ParentId = second.Id }],
            Objectives = [.. set.Objectives, .. objectives],
            KeyResults = [.. set.KeyResults, .. keyResults],
            Alignments = [.. set.Alignments, .. alignments],
        };
    }
}
