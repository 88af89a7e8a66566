using System.Globalization;

namespace Okr.Core.Tests.Support;

/// <summary>The knobs of <see cref="SyntheticOrg"/>: one definition of a "realistic org" for property tests and benchmarks.</summary>
public sealed record SyntheticOrgOptions
{
    /// <summary>How many objectives.</summary>
    public int Objectives { get; init; } = 1_000;

    /// <summary>Key results under each objective.</summary>
    public int KeyResultsPerObjective { get; init; } = 3;

    /// <summary>How many child objectives each objective has in the main tree.</summary>
    public int FanOut { get; init; } = 5;

    /// <summary>Share of objectives that also serve a second parent (a shared alignment).</summary>
    public double ExtraParentShare { get; init; } = 0.05;

    /// <summary>Share of main-tree alignments that are informational (weight 0).</summary>
    public double InformationalShare { get; init; } = 0.02;

    /// <summary>Check-ins per key result, spread over the quarter.</summary>
    public int CheckInsPerKeyResult { get; init; } = 2;

    /// <summary>Share of key results with no value at all (not measured).</summary>
    public double UnmeasuredShare { get; init; } = 0.03;

    /// <summary>The seed; the same options always give the same set.</summary>
    public int Seed { get; init; } = 42;
}

/// <summary>
/// Generates seeded synthetic organisations: a tree of objectives with the given fan-out (objective i's main parent
/// is objective (i - 1) / fanOut, so depth grows with log(size)), a mix of cascaded, localized and bottom-up
/// alignments, a share of objectives with a second, shared parent, every measure kind, and dated check-ins in one
/// quarter. Used by the property tests and the benchmarks alike.
/// </summary>
public static class SyntheticOrg
{
    /// <summary>The quarter every synthetic objective lives in.</summary>
    public static readonly Period Quarter = Period.Quarter(2026, 1);

    /// <summary>A day inside the quarter with most check-ins already made.</summary>
    public static readonly DateOnly AsOf = new(2026, 3, 15);

    /// <summary>Makes the set described by <paramref name="options"/>.</summary>
    public static OkrSet Generate(SyntheticOrgOptions options)
    {
        var random = new Random(options.Seed);
        var n = options.Objectives;
        var k = options.KeyResultsPerObjective;
        var objectives = new Objective[n];
        var keyResults = new KeyResult[n * k];
        var alignments = new List<Alignment>(n + (int)(n * options.ExtraParentShare) + 1);
        var owners = new List<Owner>();
        var ownerOf = new string[n];
        var depth = new int[n];
        var quarterDays = Quarter.End.DayNumber - Quarter.Start.DayNumber;

        for (var i = 0; i < n; i++)
        {
            var parent = i == 0 ? -1 : (i - 1) / options.FanOut;
            depth[i] = parent < 0 ? 0 : depth[parent] + 1;
            // Siblings share an owner one level down: a team owns a handful of objectives.
            var ownerId = "owner-" + (parent < 0 ? "0" : (parent + 1).ToString(CultureInfo.InvariantCulture) + "-" + ((i - 1) % options.FanOut % 2).ToString(CultureInfo.InvariantCulture));
            if (i == 0 || (i - 1) % options.FanOut < 2)
            {
                owners.Add(new Owner
                {
                    Id = ownerId,
                    Kind = depth[i] switch { 0 => OwnerKind.Company, 1 => OwnerKind.Department, <= 5 => OwnerKind.Team, _ => OwnerKind.Individual },
                    ParentId = parent < 0 ? null : ownerOf[parent],
                });
            }
            ownerOf[i] = ownerId;
            var id = "o" + i.ToString(CultureInfo.InvariantCulture);
            var aspirational = random.NextDouble() < 0.3;
            objectives[i] = new Objective
            {
                Id = id,
                Title = "Objective " + i.ToString(CultureInfo.InvariantCulture),
                OwnerIds = [ownerId],
                PeriodId = Quarter.Id,
                Commitment = aspirational ? Commitment.Aspirational : Commitment.Committed,
                ProgressSource = random.NextDouble() < 0.7 ? ProgressSource.Both : ProgressSource.KeyResults,
            };
            for (var j = 0; j < k; j++)
            {
                keyResults[i * k + j] = MakeKeyResult(random, options, id, i * k + j, ownerId, quarterDays);
            }
            if (parent >= 0)
            {
                var roll = random.NextDouble();
                var weight = random.NextDouble() < options.InformationalShare ? 0 : 1 + random.Next(3);
                alignments.Add(roll < 0.4 && k > 0
                    ? new Alignment { ChildId = id, ParentId = KeyResultId(parent * k + random.Next(k)), Kind = AlignmentKind.Cascaded, Weight = weight }
                    : new Alignment { ChildId = id, ParentId = objectives[parent].Id, Kind = roll < 0.7 ? AlignmentKind.Localized : AlignmentKind.BottomUp, Weight = weight });
                if (i > 2 && random.NextDouble() < options.ExtraParentShare)
                {
                    // Any lower-numbered objective is safe: descendants of i all have higher numbers.
                    var other = Math.Max(0, parent - 50) + random.Next(Math.Min(50, parent) + 1);
                    if (other != parent && other < i)
                    {
                        alignments.Add(new Alignment { ChildId = id, ParentId = objectives[other].Id, Kind = AlignmentKind.Shared, Weight = 1 });
                    }
                }
            }
        }
        return new OkrSet
        {
            Name = "Synthetic org " + n.ToString(CultureInfo.InvariantCulture),
            Owners = owners,
            Periods = [Quarter],
            Objectives = objectives,
            KeyResults = keyResults,
            Alignments = alignments,
        };
    }

    /// <summary>The id of synthetic key result number <paramref name="index"/>.</summary>
    public static string KeyResultId(int index) => "k" + index.ToString(CultureInfo.InvariantCulture);

    private static KeyResult MakeKeyResult(Random random, SyntheticOrgOptions options, string objectiveId, int index, string ownerId, int quarterDays)
    {
        var unmeasured = random.NextDouble() < options.UnmeasuredShare;
        var kind = random.NextDouble();
        Measure measure;
        var checkIns = new List<CheckIn>();
        if (kind < 0.70)
        {
            var start = Math.Round(random.NextDouble() * 100, 1);
            var span = Math.Round(1 + random.NextDouble() * 100, 1);
            var target = random.NextDouble() < 0.3 ? start - span : start + span;
            measure = Measure.Metric(start, target);
            if (!unmeasured) AddCheckIns(random, options, checkIns, quarterDays, () => start + (target - start) * (random.NextDouble() * 1.3 - 0.1));
        }
        else if (kind < 0.80)
        {
            var limit = Math.Round(random.NextDouble() * 100, 1);
            measure = random.NextDouble() < 0.5 ? Measure.AtLeast(limit) : Measure.AtMost(limit);
            if (!unmeasured) AddCheckIns(random, options, checkIns, quarterDays, () => limit + (random.NextDouble() - 0.5) * 20);
        }
        else if (kind < 0.98)
        {
            var steps = new Milestone[1 + random.Next(4)];
            for (var s = 0; s < steps.Length; s++)
            {
                var done = random.NextDouble() < 0.5;
                steps[s] = new Milestone
                {
                    Title = "Step " + s.ToString(CultureInfo.InvariantCulture),
                    Weight = 1 + random.Next(3),
                    Done = done,
                    DoneOn = done ? Quarter.Start.AddDays(random.Next(quarterDays + 1)) : null,
                };
            }
            measure = Measure.Milestones(steps);
        }
        else
        {
            measure = Measure.Baseline();
        }
        return new KeyResult
        {
            Id = KeyResultId(index),
            Title = "Key result " + index.ToString(CultureInfo.InvariantCulture),
            ObjectiveId = objectiveId,
            OwnerId = ownerId,
            Measure = measure,
            Weight = 1 + random.Next(3),
            CheckIns = checkIns,
        };
    }

    private static void AddCheckIns(Random random, SyntheticOrgOptions options, List<CheckIn> checkIns, int quarterDays, Func<double> value)
    {
        var count = options.CheckInsPerKeyResult;
        for (var c = 0; c < count; c++)
        {
            // Distinct days: the quarter split into equal slots, one check-in in each.
            var slot = quarterDays / Math.Max(1, count);
            var day = Quarter.Start.AddDays(c * slot + random.Next(Math.Max(1, slot)));
            checkIns.Add(new CheckIn { Date = day, Value = Math.Round(value(), 2) });
        }
    }
}
