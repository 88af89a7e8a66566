using System.Text;
using Okr.Core.Diagnostics;
using Okr.Core.Graph;
using Okr.Core.Scoring;

namespace Okr.Core.Health;

public static partial class HealthAnalyzer
{
    // OKR0504: key results carried per owner grow by the factor or more over several levels in a row.
    private static void Ballooning(HealthContext c, HealthLevel[] levels, List<HealthFinding> findings)
    {
        var factor = c.Options.BallooningGrowthFactor;
        var sustained = c.Options.BallooningSustainedLevels;
        var level = 1;
        while (level < levels.Length)
        {
            if (!(levels[level].GrowthFactor >= factor))
            {
                level++;
                continue;
            }
            var first = level - 1;
            while (level < levels.Length && levels[level].GrowthFactor >= factor) level++;
            var last = level - 1;
            if (last - first < sustained) continue;
            var owners = new HashSet<string>(StringComparer.Ordinal);
            for (var v = 0; v < c.Graph.NodeCount; v++)
            {
                if (c.IsObjective(v) && c.Level[v] == last)
                {
                    foreach (var o in c.OwnersOf(v)) owners.Add(c.OwnerIds[o]);
                }
            }
            var carried = string.Join(" -> ", levels[first..(last + 1)].Select(l => N(l.KeyResultsPerOwner!.Value)));
            var growth = string.Join(", ", levels[(first + 1)..(last + 1)].Select(l => "x" + N(l.GrowthFactor!.Value)));
            findings.Add(new HealthFinding(
                DiagnosticCodes.Ballooning,
                DiagnosticSeverity.Warning,
                string.Create(Invariant, $"Key results carried per owner grow {carried} from level {first} to level {last} ({growth}): every key result above is becoming an objective below."),
                "Localize instead of cascading: let each team restate the objective above at its level with 3 to 5 key results of its own, and copy down only the key results it is directly responsible for.",
                SortedIds(owners))
            {
                Data = Data(("firstLevel", first), ("lastLevel", last), ("factor", factor)),
            });
        }
    }

    // OKR0505: a top-level objective supported by one department only (the owners of everything below it: objectives, and key results that name their own owner).
    private static void Silos(HealthContext c, List<HealthFinding> findings)
    {
        var g = c.Graph;
        var n = g.NodeCount;
        var signature = new int[n]; // the departments of everything feeding a node, and of the node's own owners
        for (var v = 0; v < n; v++)
        {
            var below = HealthContext.NoDepartment;
            foreach (var child in g.ChildIndices(v)) below = HealthContext.Join(below, signature[child]);
            if (c.IsTopLevel[v] && below >= 0)
            {
                var id = g.IdAt(v);
                var department = c.OwnerIds[below];
                findings.Add(new HealthFinding(
                    DiagnosticCodes.Silo,
                    DiagnosticSeverity.Warning,
                    $"Top-level objective '{id}' is supported only by department '{department}': no other function aligns to it.",
                    "Make top-level objectives cross-functional: ask which other departments move this outcome and have them localize it or contribute to it, or merge function-specific top objectives into shared ones.",
                    [id, department])
                {
                    Data = Data(("objective", id), ("department", department)),
                    Path = c.NodePath(v),
                });
            }
            // An objective's owners support what it feeds; so does the owner a key result names for itself.
            var own = below;
            foreach (var o in c.OwnersOf(v)) own = HealthContext.Join(own, c.OwnerDepartment[o]);
            signature[v] = own;
        }
    }

    // OKR0506: more than MaxOutputShare of an owner's key results are milestones or binary.
    private static void OutputHeavy(HealthContext c, List<HealthFinding> findings)
    {
        var total = new int[c.OwnerIds.Length];
        var output = new int[c.OwnerIds.Length];
        for (var v = 0; v < c.Graph.NodeCount; v++)
        {
            if (c.IsObjective(v)) continue;
            var isOutput = c.Graph.GetKeyResult(v).Measure is MilestoneMeasure;
            foreach (var o in c.KeyResultOwners(v))
            {
                total[o]++;
                if (isOutput) output[o]++;
            }
        }
        var max = c.Options.MaxOutputShare;
        for (var o = 0; o < total.Length; o++)
        {
            if (total[o] == 0) continue;
            var share = (double)output[o] / total[o];
            if (share <= max) continue;
            findings.Add(new HealthFinding(
                DiagnosticCodes.OutputHeavy,
                DiagnosticSeverity.Warning,
                string.Create(Invariant, $"Owner '{c.OwnerIds[o]}' has {output[o]} of {total[o]} key results as milestones or binary ({share * 100:0.##}%, more than {max * 100:0.##}%): these are tasks, not measured outcomes."),
                "Ask what each launch or task is meant to change and measure that instead (a metric from a start to a target); keep the tasks in the team's plan.",
                [c.OwnerIds[o]])
            {
                Data = Data(("owner", c.OwnerIds[o]), ("output", output[o]), ("total", total[o]), ("share", share), ("limit", max)),
                Path = HealthContext.OwnerPath(o),
            });
        }
    }

    // OKR0507: a cascaded objective whose title is its parent key result's title.
    private static void VerbatimCascades(HealthContext c, List<HealthFinding> findings)
    {
        var g = c.Graph;
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (!c.IsObjective(v)) continue;
            string? normalized = null;
            foreach (var parent in g.ParentIndices(v))
            {
                if (c.IsObjective(parent)) continue;
                normalized ??= NormalizeTitle(g.GetObjective(v).Title);
                var parentTitle = g.GetKeyResult(parent).Title;
                if (!string.Equals(normalized, NormalizeTitle(parentTitle), StringComparison.Ordinal)) continue;
                findings.Add(new HealthFinding(
                    DiagnosticCodes.VerbatimCascade,
                    DiagnosticSeverity.Info,
                    $"Objective '{g.IdAt(v)}' repeats its parent key result '{g.IdAt(parent)}' word for word (\"{parentTitle}\").",
                    "Localize instead: state in the team's own words what it will achieve toward the key result at its level, and write new, more tactical key results under it.",
                    [g.IdAt(v), g.IdAt(parent)])
                {
                    Data = Data(("objective", g.IdAt(v)), ("keyResult", g.IdAt(parent)), ("title", parentTitle)),
                    Path = c.NodePath(v),
                });
            }
        }
    }

    /// <summary>A title in lower case with punctuation dropped and runs of white space made one space, trimmed.</summary>
    internal static string NormalizeTitle(string title)
    {
        var text = new StringBuilder(title.Length);
        var space = false;
        foreach (var ch in title)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (space && text.Length > 0) text.Append(' ');
                space = false;
                text.Append(char.ToLowerInvariant(ch));
            }
            else if (char.IsWhiteSpace(ch))
            {
                space = true;
            }
        }
        return text.ToString();
    }

    // OKR0508: objectives below the top level that support nothing.
    private static void Orphans(HealthContext c, List<HealthFinding> findings)
    {
        var g = c.Graph;
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (!c.IsObjective(v) || !g.IsRootAt(v) || c.IsTopLevel[v] || c.OwnersOf(v).Length == 0) continue;
            var owners = c.OwnersOf(v);
            var ownerIds = new string[owners.Length];
            for (var i = 0; i < owners.Length; i++) ownerIds[i] = c.OwnerIds[owners[i]];
            Array.Sort(ownerIds, StringComparer.Ordinal);
            findings.Add(new HealthFinding(
                DiagnosticCodes.Orphan,
                DiagnosticSeverity.Warning,
                $"Objective '{g.IdAt(v)}' of '{string.Join("', '", ownerIds)}' supports nothing: it is not aligned to any objective or key result, and none of its owners is of a kind counted as the top level ({string.Join(", ", c.Options.TopLevelOwnerKinds)}).",
                "Align it to the objective or key result it serves (bottom-up if the team wrote it itself), or drop it if it serves nothing the organisation wants. If its owner is the top of your organisation, give that owner the kind company (or list its kind in TopLevelOwnerKinds).",
                [g.IdAt(v), .. ownerIds])
            {
                Data = Data(("objective", g.IdAt(v)), ("owners", string.Join(",", ownerIds))),
                Path = c.NodePath(v),
            });
        }
    }

    // OKR0509: objectives or key results with no owner.
    private static void Ownership(HealthContext c, List<HealthFinding> findings)
    {
        var g = c.Graph;
        var inherit = c.Options.KeyResultsInheritOwner;
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (c.IsObjective(v))
            {
                if (c.OwnersOf(v).Length > 0) continue;
                var ids = new List<string> { g.IdAt(v) };
                if (inherit)
                {
                    var (start, end) = g.InputRange(v);
                    for (var e = start; e < end; e++)
                    {
                        var child = g.InputAt(e);
                        if (g.EdgeKindAt(e) == EdgeKind.KeyResult && c.OwnersOf(child).Length == 0) ids.Add(g.IdAt(child));
                    }
                    ids.Sort(1, ids.Count - 1, StringComparer.Ordinal);
                }
                var also = ids.Count > 1 ? $", nor do its key results {string.Join(", ", ids.Skip(1).Select(id => "'" + id + "'"))}, which would inherit one" : "";
                findings.Add(new HealthFinding(
                    DiagnosticCodes.NoOwner,
                    DiagnosticSeverity.Warning,
                    $"Objective '{g.IdAt(v)}' has no owner{also}.",
                    "Name the person or team accountable for it; an OKR nobody owns is nobody's priority.",
                    ids)
                {
                    Data = Data(("objective", g.IdAt(v)), ("keyResults", ids.Count > 1 ? string.Join(",", ids.Skip(1)) : null)),
                    Path = c.NodePath(v),
                });
            }
            else if (c.KeyResultOwners(v).Length == 0 && (!inherit || c.OwnersOf(c.DefiningObjective(v)).Length > 0))
            {
                findings.Add(new HealthFinding(
                    DiagnosticCodes.NoOwner,
                    DiagnosticSeverity.Warning,
                    $"Key result '{g.IdAt(v)}' has no owner of its own.",
                    "Name the person or team who reports its check-ins, or let key results inherit their objective's owners (HealthOptions.KeyResultsInheritOwner).",
                    [g.IdAt(v), g.IdAt(c.DefiningObjective(v))])
                {
                    Data = Data(("keyResult", g.IdAt(v)), ("objective", g.IdAt(c.DefiningObjective(v)))),
                    Path = c.NodePath(v),
                });
            }
        }
    }

    // The key results the check-in rules (OKR0510, OKR0511, OKR0524, OKR0525) look at: measured by numbers (a metric or
    // a threshold, not derived from objectives), in a period running on the day; with their node and period.
    private static IEnumerable<(int Node, Period Period, KeyResult KeyResult)> RunningMeasuredKeyResults(HealthContext c)
    {
        var g = c.Graph;
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (c.IsObjective(v) || c.NodePeriod(v) < 0) continue;
            var period = c.Periods[c.NodePeriod(v)];
            if (!period.Contains(c.AsOf)) continue;
            var kr = g.GetKeyResult(v);
            if (kr.Derived || kr.Measure is not (MetricMeasure or ThresholdMeasure)) continue;
            yield return (v, period, kr);
        }
    }

    // OKR0510 / OKR0511: measured key results in a running period with no recent check-in, or none at all.
    private static void CheckIns(HealthContext c, List<HealthFinding> findings, bool stale)
    {
        var g = c.Graph;
        var asOf = c.AsOf;
        var notStarted = !stale;
        foreach (var (v, period, kr) in RunningMeasuredKeyResults(c))
        {
            var checkIns = kr.CheckIns;
            if (checkIns.Count == 0 && Scorer.ValueAsOf(kr, asOf) is not null) continue; // an undated current value: nothing to date
            DateOnly? last = null;
            for (var i = 0; i < checkIns.Count; i++)
            {
                var day = checkIns[i].Date;
                if (day <= asOf && (last is null || day > last)) last = day;
            }
            var id = g.IdAt(v);
            if (last is { } lastDay)
            {
                var days = asOf.DayNumber - lastDay.DayNumber;
                if (stale && days >= c.Options.StaleAfterDays)
                {
                    findings.Add(new HealthFinding(
                        DiagnosticCodes.Stale,
                        DiagnosticSeverity.Warning,
                        string.Create(Invariant, $"Key result '{id}' was last checked in on {lastDay:yyyy-MM-dd}, {days} days before {asOf:yyyy-MM-dd}, while its period '{period.Id}' runs."),
                        "Check in the current value (and confidence) so progress, pace and forecasts reflect today.",
                        [id, period.Id])
                    {
                        Data = Data(("keyResult", id), ("lastCheckIn", lastDay), ("days", days), ("period", period.Id), ("limit", c.Options.StaleAfterDays)),
                        Path = c.NodePath(v),
                    });
                }
            }
            else
            {
                var days = asOf.DayNumber - period.Start.DayNumber;
                if (notStarted && days >= c.Options.NotStartedAfterDays)
                {
                    findings.Add(new HealthFinding(
                        DiagnosticCodes.NotStarted,
                        DiagnosticSeverity.Warning,
                        string.Create(Invariant, $"Key result '{id}' has no check-in {days} days after its period '{period.Id}' began on {period.Start:yyyy-MM-dd}."),
                        "Record a first check-in (the starting value will do) so the team and its leaders can see where it stands.",
                        [id, period.Id])
                    {
                        Data = Data(("keyResult", id), ("days", days), ("period", period.Id), ("periodStart", period.Start), ("limit", c.Options.NotStartedAfterDays)),
                        Path = c.NodePath(v),
                    });
                }
            }
        }
    }

    // OKR0512: an objective aligned to a parent whose period does not contain its own.
    private static void PeriodMismatches(HealthContext c, List<HealthFinding> findings)
    {
        var g = c.Graph;
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (!c.IsObjective(v) || c.NodePeriod(v) < 0) continue;
            var own = c.Periods[c.NodePeriod(v)];
            foreach (var parent in g.ParentIndices(v))
            {
                if (c.NodePeriod(parent) < 0) continue;
                var theirs = c.Periods[c.NodePeriod(parent)];
                if (theirs.Contains(own)) continue;
                findings.Add(new HealthFinding(
                    DiagnosticCodes.PeriodMismatch,
                    DiagnosticSeverity.Warning,
                    string.Create(Invariant, $"Objective '{g.IdAt(v)}' in period '{own.Id}' ({own.Start:yyyy-MM-dd} to {own.End:yyyy-MM-dd}) is aligned to '{g.IdAt(parent)}' in period '{theirs.Id}' ({theirs.Start:yyyy-MM-dd} to {theirs.End:yyyy-MM-dd}), which does not contain it."),
                    "Align it to the parent of its own period (or of the year around it), or move it to a period inside its parent's.",
                    [g.IdAt(v), g.IdAt(parent), own.Id, theirs.Id])
                {
                    Data = Data(("objective", g.IdAt(v)), ("parent", g.IdAt(parent)), ("period", own.Id), ("parentPeriod", theirs.Id)),
                    Path = c.NodePath(v),
                });
            }
        }
    }

    // OKR0513: alignment chains deeper than MaxLevels, reported once per too-deep subtree: at the objective on the
    // last allowed level (MaxLevels) whose longest-chain descendants go deeper, with how many and how deep.
    private static void Depth(HealthContext c, List<HealthFinding> findings)
    {
        var g = c.Graph;
        var max = c.Options.MaxLevels;
        var n = g.NodeCount;
        // Parents have higher indices than children: walking down from the top, each objective deeper than the limit
        // takes the anchor (the objective at level max on its longest chain) of the parent that gives it its level.
        var anchor = new int[n];
        var below = new Dictionary<int, (int Count, int Deepest, int DeepestNode)>();
        for (var v = n - 1; v >= 0; v--)
        {
            if (!c.IsObjective(v) || c.Level[v] < max) continue;
            if (c.Level[v] == max)
            {
                anchor[v] = v;
                continue;
            }
            var a = anchor[c.LevelParent[v]];
            anchor[v] = a;
            var (count, deepest, node) = below.GetValueOrDefault(a);
            if (c.Level[v] > deepest || (c.Level[v] == deepest && string.CompareOrdinal(g.IdAt(v), g.IdAt(node)) < 0))
            {
                deepest = c.Level[v];
                node = v;
            }
            below[a] = (count + 1, deepest, node);
        }
        foreach (var (a, (count, deepest, node)) in below)
        {
            var root = g.IdAt(c.Root[a]);
            var id = g.IdAt(a);
            findings.Add(new HealthFinding(
                DiagnosticCodes.TooDeep,
                DiagnosticSeverity.Warning,
                string.Create(Invariant, $"Below objective '{id}', already {max} alignment levels under the root objective '{root}', {count} objective{(count == 1 ? "" : "s")} go deeper, down to level {deepest} ('{g.IdAt(node)}'); more than {max} levels make the link to the top hard to see and slow every change to travel."),
                "Flatten the chain: align teams to the nearest objective that matters to them (bottom-up or localized) instead of through every level of the org chart.",
                [id, root, g.IdAt(node)])
            {
                Data = Data(("objective", id), ("root", root), ("objectivesBelow", count), ("deepestLevel", deepest), ("deepest", g.IdAt(node)), ("limit", max)),
                Path = c.NodePath(a),
            });
        }
    }
}
