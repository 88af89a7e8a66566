using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Okr.Core.Tests.Arbitraries;

namespace Okr.Core.Tests.Health;

/// <summary>
/// The invariants for the practice rules (OKR0514 to OKR0526) and the alignment score, over generated orgs
/// (<see cref="OrgWithDefects"/>) with the practice defects mixed in by <see cref="Mix"/>: titles with numbers, output
/// verbs or one word, work units counted from 0, activity counts, confidences high, low, falling and without notes,
/// parents that count their key results only. Which item gets which defect depends on its id and a salt, never on
/// its position, so shuffling the lists moves no defect.
/// </summary>
[Properties(Arbitrary = new[] { typeof(OrgArbitraries) })]
public class HealthPracticePropertyTests
{
    private const int Runs = 60;
    private const int EndSize = 60;
    private static readonly DateOnly AsOf = Org.AsOf;

    private static readonly string[] PracticeCodes =
    [
        DiagnosticCodes.AlignmentNeverCounts, DiagnosticCodes.NumberInObjective, DiagnosticCodes.OutputObjective, DiagnosticCodes.ObjectiveLength,
        DiagnosticCodes.NoBaseline, DiagnosticCodes.ActivityCount, DiagnosticCodes.AllMilestones, DiagnosticCodes.ConfidenceBand,
        DiagnosticCodes.LowConfidenceWithoutNote, DiagnosticCodes.ConfidenceFalling, DiagnosticCodes.SilentGreen, DiagnosticCodes.TrendingOffTrack,
        DiagnosticCodes.LevelSkip, DiagnosticCodes.TooDeep,
    ];

    private static HealthReport Analyze(OkrSet set, HealthOptions? options = null) => HealthAnalyzer.AnalyzeHealth(set.Compile().ThrowIfFailed(), AsOf, options);

    private static int Pick(string id, int salt, int of) => (int)((uint)(StableHash(id) ^ (uint)salt) % (uint)of);

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var ch in text) hash = unchecked(hash * 31 + ch);
        return hash;
    }

    /// <summary>The org with practice defects mixed in, chosen by id and salt.</summary>
    internal static OkrSet Mix(OkrSet set, int salt)
    {
        string[] titles = ["Grow 20% this quarter", "Launch the new portal", "Quality", "Make customers love the product"];
        return set with
        {
            Objectives = [.. set.Objectives.Select(o => Pick(o.Id, salt, 6) switch
            {
                < 4 and var t => o with { Title = titles[t] },
                _ => o,
            })],
            KeyResults = [.. set.KeyResults.Select(k => MixKeyResult(k, salt))],
        };
    }

    private static KeyResult MixKeyResult(KeyResult k, int salt)
    {
        var kr = k.Measure is MetricMeasure metric && Pick(k.Id, salt, 4) == 0
            ? k with { Measure = metric with { Start = metric.Target != 0 ? 0 : metric.Start, Unit = Pick(k.Id + "#unit", salt, 2) == 0 ? "tickets" : "calls" } }
            : k;
        if (kr.CheckIns.Count == 0) return kr;
        var style = Pick(k.Id + "#confidence", salt, 5);
        var checkIns = kr.CheckIns.OrderBy(c => c.Date).Select((c, i) => style switch
        {
            0 => c with { Confidence = Confidence.FromScore(0.95) },
            1 => c with { Confidence = Confidence.FromScore(Math.Max(0, 0.9 - 0.2 * i)) },
            2 => c with { Confidence = Confidence.FromLevel(ConfidenceLevel.Low), Note = i % 2 == 0 ? null : "blocked" },
            3 => c with { Confidence = Confidence.FromScore(0.5), Note = "fine" },
            _ => c,
        });
        return kr with { CheckIns = [.. checkIns] };
    }

    [OkrProperty(Runs = Runs, EndSize = EndSize)]
    public Property Practice_DisablingARule_RemovesExactlyItsFindings(OrgWithDefects org, NonNegativeInt pick, int salt)
    {
        var code = PracticeCodes[pick.Get % PracticeCodes.Length];
        var graph = Mix(org.Set, salt).Compile().ThrowIfFailed();
        var all = HealthAnalyzer.AnalyzeHealth(graph, AsOf);
        var without = HealthAnalyzer.AnalyzeHealth(graph, AsOf, HealthOptions.Default with { DisabledRules = [code] });
        Assert.Equal(all.Findings.Where(f => f.Code != code), without.Findings);
        Assert.Equal(all.AlignmentScore, without.AlignmentScore);
        return true.Classify(all.Findings.Any(f => f.Code == code), "the disabled rule had findings");
    }

    [OkrProperty(Runs = Runs, EndSize = EndSize)]
    public Property Practice_ShufflingEveryList_GivesTheSameFindingsAndScore(OrgWithDefects org, int salt)
    {
        var mixed = Mix(org.Set, salt);
        var expected = Analyze(mixed);
        var shuffled = Analyze(HealthPropertyTests.Shuffle(mixed, salt));
        Assert.Equal(expected.Findings.Select(f => f with { Path = null }), shuffled.Findings.Select(f => f with { Path = null }));
        Assert.Equal(expected.AlignmentScore, shuffled.AlignmentScore);
        var practice = expected.Findings.Select(f => f.Code).Where(PracticeCodes.Contains).Distinct().Count();
        return true.Classify(practice >= 4, "4+ practice codes to keep in order");
    }

    [OkrProperty(Runs = Runs, EndSize = EndSize)]
    public Property Practice_AddingAnUnrelatedHealthyTeam_AddsNoFinding(OrgWithDefects org, NonNegativeInt pick, int salt)
    {
        var mixed = Mix(org.Set, salt);
        var before = Analyze(mixed);
        var after = Analyze(HealthPropertyTests.WithHealthyTeam(mixed, pick.Get));
        var known = before.Findings.Select(Key).ToHashSet();
        var added = after.Findings.Where(f => !known.Contains(Key(f))).ToList();
        return (added.Count == 0).Label("Added: " + string.Join("\n", added));

        static string Key(HealthFinding f) => f.Code + ":" + string.Join(",", f.Ids);
    }

    [OkrProperty(Runs = Runs, EndSize = EndSize)]
    public Property Score_AddingAHealthyTeamInsideOneDepartment_ChangesNoFindingAndNoScore(OrgWithDefects org, NonNegativeInt pick, int salt)
    {
        // A team of one department, aligned to an objective its department owns, with 3 measured key results checked
        // in the day before: it adds no gap (not an orphan, has key results, skips nothing, links no department).
        var mixed = Mix(org.Set, salt);
        // Not below the depth limit's last level, where a new child would be one more too-deep objective (OKR0513).
        var graph = mixed.Compile().ThrowIfFailed();
        var owned = mixed.Objectives
            .Where(o => o.OwnerIds.Count == 1 && mixed.Owners.Single(w => w.Id == o.OwnerIds[0]).Kind == OwnerKind.Department)
            .Where(o => graph[o.Id].Depth < HealthOptions.Default.MaxLevels)
            .ToList();
        if (owned.Count == 0) return true.Classify(true, "no department objective to align to");
        var parent = owned[pick.Get % owned.Count];
        const string team = "healthy-inner-team";
        var id = "healthy-inner-o";
        var with = mixed with
        {
            Owners = [.. mixed.Owners, new Owner { Id = team, Kind = OwnerKind.Team, ParentId = parent.OwnerIds[0] }],
            Objectives = [.. mixed.Objectives, new Objective { Id = id, Title = "Make the inner work smooth", OwnerIds = [team], PeriodId = Org.Quarter.Id }],
            KeyResults = [.. mixed.KeyResults, .. Enumerable.Range(1, 3).Select(k => new KeyResult
            {
                Id = id + "-kr" + k.ToString(CultureInfo.InvariantCulture),
                Title = "Healthy key result " + k.ToString(CultureInfo.InvariantCulture),
                ObjectiveId = id,
                OwnerId = team,
                Measure = Measure.Metric(0, 100),
                CheckIns = [new CheckIn { Date = AsOf.AddDays(-1), Value = 40 + k }],
            })],
            Alignments = [.. mixed.Alignments, new Alignment { ChildId = id, ParentId = parent.Id, Kind = AlignmentKind.BottomUp, Weight = parent.ProgressSource == ProgressSource.KeyResults ? 0 : 1 }],
        };
        var before = Analyze(mixed);
        var after = Analyze(with);
        Assert.Equal(before.AlignmentScore, after.AlignmentScore);
        var known = before.Findings.Select(f => f.Code + ":" + string.Join(",", f.Ids)).ToHashSet();
        var added = after.Findings.Where(f => !known.Contains(f.Code + ":" + string.Join(",", f.Ids))).ToList();
        // Owner overload and ballooning count per owner and level: the new team is a new owner at a new place, so only
        // the level metrics can move; no finding may be added.
        return (added.Count == 0).Label("Added: " + string.Join("\n", added)).Classify(before.AlignmentScore!.Gaps.Count > 0, "the org has gaps");
    }

    [Fact]
    public void Coverage_MixedOrgs_RaisePracticeFindings()
    {
        var generator = OrgArbitraries.OrgWithDefects().Generator;
        var orgs = Enumerable.Range(0, 20).SelectMany(i => generator.Sample(5, 1 + i * (EndSize - 1) / 19));
        var codes = orgs.Select((o, i) => Mix(o.Set, i)).SelectMany(s => Analyze(s).Findings.Select(f => f.Code)).ToHashSet();
        string[] wanted =
        [
            DiagnosticCodes.AlignmentNeverCounts, DiagnosticCodes.NumberInObjective, DiagnosticCodes.OutputObjective, DiagnosticCodes.ObjectiveLength,
            DiagnosticCodes.ActivityCount, DiagnosticCodes.AllMilestones, DiagnosticCodes.LowConfidenceWithoutNote,
            DiagnosticCodes.ConfidenceFalling, DiagnosticCodes.TooDeep,
        ];
        var missing = wanted.Where(c => !codes.Contains(c)).ToList();
        Assert.True(missing.Count == 0, "Never raised: " + string.Join(", ", missing));
    }
}
