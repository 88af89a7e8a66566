using System.Globalization;
using Okr.Core.Diagnostics;
using Okr.Core.Graph;
using Okr.Core.Scoring;

namespace Okr.Core.Health;

// The practice rules of Health 2 (OKR0514 to OKR0526): alignments that never count, the text of objectives and key
// results, confidence, silence that reads green, forecasts that miss while the status says on track, level skips.
// Each is one pass over the graph's arrays (or the set's lists), so the whole analysis stays linear.
public static partial class HealthAnalyzer
{
    // OKR0514: an alignment with weight above 0 to an objective that takes its progress from its key results only.
    private static void AlignmentsThatNeverCount(HealthContext c, List<HealthFinding> findings)
    {
        var g = c.Graph;
        var alignments = c.Set.Alignments;
        for (var i = 0; i < alignments.Count; i++)
        {
            var a = alignments[i];
            if (!(a.Weight > 0) || !g.TryIndexOf(a.ParentId, out var parent) || !c.IsObjective(parent)) continue;
            var objective = g.GetObjective(parent);
            if (objective.ProgressSource != ProgressSource.KeyResults) continue;
            findings.Add(new HealthFinding(
                DiagnosticCodes.AlignmentNeverCounts,
                DiagnosticSeverity.Warning,
                string.Create(Invariant, $"'{a.ChildId}' is aligned to '{a.ParentId}' with weight {N(a.Weight)}, but '{a.ParentId}' takes its progress from its key results only: the alignment can never move it."),
                $"If '{a.ChildId}' should count, give '{a.ParentId}' the progress source both (its key results and its children) or children; if it is informational, give the alignment weight 0 to say so.",
                [a.ChildId, a.ParentId])
            {
                Data = Data(("child", a.ChildId), ("parent", a.ParentId), ("weight", a.Weight), ("progressSource", "keyResults")),
                Path = string.Create(Invariant, $"$.alignments[{i}]"),
            });
        }
    }

    // OKR0515: an objective whose title holds a number (a key result in disguise). Years (1900 to 2199) are dates, not targets.
    private static void NumbersInObjectives(HealthContext c, List<HealthFinding> findings)
    {
        var g = c.Graph;
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (!c.IsObjective(v)) continue;
            var title = g.GetObjective(v).Title;
            if (FirstNumber(title) is not { } number) continue;
            var id = g.IdAt(v);
            findings.Add(new HealthFinding(
                DiagnosticCodes.NumberInObjective,
                DiagnosticSeverity.Info,
                $"Objective '{id}' holds a number (\"{number}\" in \"{title}\"): a target in the objective is a key result in disguise.",
                "State the qualitative outcome in the objective and move the number into a key result that measures it.",
                [id])
            {
                Data = Data(("objective", id), ("number", number), ("title", title)),
                Path = c.NodePath(v),
            });
        }
    }

    /// <summary>The first word of <paramref name="title"/> that is a number (starts with a digit after a sign or currency sign), not a year; or null.</summary>
    internal static string? FirstNumber(string title)
    {
        foreach (var token in title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.TrimStart('+', '-', '~', '$', '€', '£', '¥', '#', '(', '"', '\'', 'x', '×');
            if (word.Length == 0 || !char.IsDigit(word[0])) continue;
            var digits = 0;
            while (digits < word.Length && char.IsDigit(word[digits])) digits++;
            var rest = word[digits..].TrimEnd('.', ',', ';', ':', ')', '"', '\'', '!', '?');
            if (digits == 4 && rest.Length == 0 && word[0] is '1' or '2' && int.Parse(word.AsSpan(0, 4), CultureInfo.InvariantCulture) is >= 1900 and < 2200) continue;
            return token.TrimEnd('.', ',', ';', ':', ')', '"', '\'', '!', '?');
        }
        return null;
    }

    // OKR0516: an objective whose title starts with an output verb.
    private static void OutputObjectives(HealthContext c, List<HealthFinding> findings)
    {
        var g = c.Graph;
        var verbs = c.OutputVerbs;
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (!c.IsObjective(v)) continue;
            var title = g.GetObjective(v).Title;
            var first = FirstWord(title);
            if (first is null || !verbs.Matches(first)) continue;
            var id = g.IdAt(v);
            findings.Add(new HealthFinding(
                DiagnosticCodes.OutputObjective,
                DiagnosticSeverity.Info,
                $"Objective '{id}' starts with the output verb '{first}' (\"{title}\"): it names the work, not the outcome it is for.",
                "Ask what the work is meant to change and make that the objective; keep the launch or build as a milestone key result or in the plan.",
                [id])
            {
                Data = Data(("objective", id), ("verb", first), ("title", title)),
                Path = c.NodePath(v),
            });
        }
    }

    private static string? FirstWord(string title)
    {
        foreach (var token in title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = NormalizeTitle(token);
            if (word.Length > 0) return word;
        }
        return null;
    }

    // OKR0517: an objective title too short or too long to remember.
    private static void ObjectiveLengths(HealthContext c, List<HealthFinding> findings)
    {
        var g = c.Graph;
        var min = c.Options.MinObjectiveWords;
        var max = c.Options.MaxObjectiveWords;
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (!c.IsObjective(v)) continue;
            var title = g.GetObjective(v).Title;
            var words = WordCount(title);
            if (words >= min && words <= max) continue;
            var id = g.IdAt(v);
            var (what, limit) = words < min ? ("fewer", min) : ("more", max);
            findings.Add(new HealthFinding(
                DiagnosticCodes.ObjectiveLength,
                DiagnosticSeverity.Info,
                string.Create(Invariant, $"Objective '{id}' has {words} word{(words == 1 ? "" : "s")} (\"{title}\"), {what} than {limit}: an objective should be short enough to remember and long enough to say what will be better."),
                words < min
                    ? "Say what will be better and for whom, in a short sentence."
                    : "Keep the outcome in the objective and move the how, the numbers and the context into key results or the description.",
                [id])
            {
                Data = Data(("objective", id), ("words", words), ("limit", limit), ("title", title)),
                Path = c.NodePath(v),
            });
        }
    }

    private static int WordCount(string title)
    {
        var count = 0;
        var inWord = false;
        foreach (var ch in title)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (!inWord) count++;
                inWord = true;
            }
            else if (char.IsWhiteSpace(ch))
            {
                inWord = false;
            }
        }
        return count;
    }

    /// <summary>Whether a metric key result counts an activity (its unit, or its title when it has no unit, names one) and names no outcome (OKR0519).</summary>
    private static bool IsActivityCount(HealthContext c, KeyResult kr, MetricMeasure metric, out string? activity)
    {
        var unit = NormalizeTitle(metric.Unit ?? "");
        string? title = null;
        // The counted thing is the unit when there is one ("days from first interview" counts days, not interviews).
        activity = unit.Length > 0 ? c.ActivityWords.FirstIn(unit) : c.ActivityWords.FirstIn(title = NormalizeTitle(kr.Title));
        if (activity is null) return false;
        title ??= NormalizeTitle(kr.Title);
        return c.OutcomeWords.FirstIn(title) is null && c.OutcomeWords.FirstIn(unit) is null;
    }

    // OKR0518: a metric starting at 0 whose unit counts pieces of work (and that is not an activity count, OKR0519).
    private static void NoBaselines(HealthContext c, List<HealthFinding> findings)
    {
        var g = c.Graph;
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (c.IsObjective(v)) continue;
            var kr = g.GetKeyResult(v);
            if (kr.Measure is not MetricMeasure { Start: 0, Unit: { } unit } metric || kr.Derived) continue;
            var normalized = NormalizeTitle(unit);
            var work = c.WorkUnits.FirstIn(normalized) ?? c.ActivityWords.FirstIn(normalized);
            if (work is null || IsActivityCount(c, kr, metric, out _)) continue;
            var id = g.IdAt(v);
            findings.Add(new HealthFinding(
                DiagnosticCodes.NoBaseline,
                DiagnosticSeverity.Info,
                string.Create(Invariant, $"Key result '{id}' counts {unit} from 0 to {N(metric.Target)} (\"{kr.Title}\"): with no baseline it measures the work done, not the change it makes."),
                "Measure what the work should move, from today's value (the baseline) to the target; if no baseline exists yet, add a first key result that establishes it.",
                [id])
            {
                Data = Data(("keyResult", id), ("unit", unit), ("start", 0.0), ("target", metric.Target)),
                Path = c.NodePath(v),
            });
        }
    }

    // OKR0519: a metric key result that counts an activity and names no outcome.
    private static void ActivityCounts(HealthContext c, List<HealthFinding> findings)
    {
        var g = c.Graph;
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (c.IsObjective(v)) continue;
            var kr = g.GetKeyResult(v);
            if (kr.Measure is not MetricMeasure metric || !IsActivityCount(c, kr, metric, out var activity)) continue;
            var id = g.IdAt(v);
            findings.Add(new HealthFinding(
                DiagnosticCodes.ActivityCount,
                DiagnosticSeverity.Warning,
                $"Key result '{id}' counts an activity ('{activity}' in \"{kr.Title}\") and names no outcome it should bring.",
                "Measure the result the activity is for (deals, conversion, retention, satisfaction...) and keep the activity count in the team's plan; or name the outcome in the key result.",
                [id])
            {
                Data = Data(("keyResult", id), ("activity", activity), ("title", kr.Title)),
                Path = c.NodePath(v),
            });
        }
    }

    // OKR0520: every key result of an objective (own and linked) is a milestone or binary.
    private static void AllMilestones(HealthContext c, List<HealthFinding> findings)
    {
        var g = c.Graph;
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (!c.IsObjective(v) || c.KeyResultCount[v] == 0) continue;
            var (start, end) = g.InputRange(v);
            var all = true;
            for (var e = start; e < end && all; e++)
            {
                if (g.EdgeKindAt(e) is EdgeKind.KeyResult or EdgeKind.LinkedKeyResult) all = g.GetKeyResult(g.InputAt(e)).Measure is MilestoneMeasure;
            }
            if (!all) continue;
            var id = g.IdAt(v);
            var count = c.KeyResultCount[v];
            findings.Add(new HealthFinding(
                DiagnosticCodes.AllMilestones,
                DiagnosticSeverity.Warning,
                string.Create(Invariant, $"Every key result of objective '{id}' ({count} of {count}) is a milestone or binary: the objective is a project plan with no measured outcome."),
                "Add at least one key result that measures the outcome the milestones are for (a metric from a start to a target).",
                [id])
            {
                Data = Data(("objective", id), ("count", count)),
                Path = c.NodePath(v),
            });
        }
    }

    /// <summary>A confidence as a score from 0 to 1: the score given, or the option's score for a level.</summary>
    private static double ScoreOf(Confidence confidence, HealthOptions options) => confidence.Score ?? confidence.Level switch
    {
        ConfidenceLevel.Low => options.LowLevelScore,
        ConfidenceLevel.Medium => options.MediumLevelScore,
        _ => options.HighLevelScore,
    };

    /// <summary>Whether a key result's objective is in a running period on the day (or has no period).</summary>
    private static bool Running(HealthContext c, int v) => c.NodePeriod(v) < 0 || c.Periods[c.NodePeriod(v)].Contains(c.AsOf);

    /// <summary>The position of the latest check-in on or before the day (the first of equal days), or -1.</summary>
    private static int LatestCheckIn(KeyResult kr, DateOnly asOf)
    {
        var best = -1;
        for (var i = 0; i < kr.CheckIns.Count; i++)
        {
            var day = kr.CheckIns[i].Date;
            if (day <= asOf && (best < 0 || day > kr.CheckIns[best].Date)) best = i;
        }
        return best;
    }

    // OKR0521: the average of the latest confidences of a running period's key results outside [MinAverageConfidence, MaxAverageConfidence].
    private static void ConfidenceBand(HealthContext c, List<HealthFinding> findings)
    {
        var g = c.Graph;
        var sums = new double[c.Periods.Count + 1];
        var counts = new int[c.Periods.Count + 1];
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (c.IsObjective(v) || !Running(c, v)) continue;
            var kr = g.GetKeyResult(v);
            var latest = LatestCheckIn(kr, c.AsOf);
            if (latest < 0 || kr.CheckIns[latest].Confidence is not { } confidence) continue;
            var slot = c.NodePeriod(v) + 1;
            sums[slot] += ScoreOf(confidence, c.Options);
            counts[slot]++;
        }
        for (var slot = 0; slot < sums.Length; slot++)
        {
            if (counts[slot] < c.Options.MinConfidenceSample) continue;
            var average = sums[slot] / counts[slot];
            var tooSafe = average > c.Options.MaxAverageConfidence;
            if (!tooSafe && !(average < c.Options.MinAverageConfidence)) continue;
            var period = slot > 0 ? c.Periods[slot - 1].Id : null;
            var where = period is null ? "with no period" : $"in period '{period}'";
            findings.Add(new HealthFinding(
                DiagnosticCodes.ConfidenceBand,
                DiagnosticSeverity.Info,
                tooSafe
                    ? string.Create(Invariant, $"The {counts[slot]} key results {where} average a confidence of {N(average)}, above {N(c.Options.MaxAverageConfidence)}: the targets are too safe to stretch anyone.")
                    : string.Create(Invariant, $"The {counts[slot]} key results {where} average a confidence of {N(average)}, below {N(c.Options.MinAverageConfidence)}: the targets are fantasy, and teams stop believing in them."),
                tooSafe
                    ? "Raise the targets until teams feel about even odds (a confidence near 0.5 to 0.7) of reaching them."
                    : "Cut the targets, or the number of key results, to what the teams can believe in; find what blocks them.",
                [period ?? "(no period)"])
            {
                Data = Data(("period", period), ("keyResults", counts[slot]), ("average", average), ("limit", tooSafe ? c.Options.MaxAverageConfidence : c.Options.MinAverageConfidence), ("band", tooSafe ? "tooSafe" : "fantasy")),
                Path = slot > 0 ? string.Create(Invariant, $"$.periods[{slot - 1}]") : null,
            });
        }
    }

    // OKR0522: a key result whose latest check-in states a confidence below LowConfidence and has no note.
    private static void LowConfidenceWithoutNote(HealthContext c, List<HealthFinding> findings)
    {
        var g = c.Graph;
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (c.IsObjective(v) || !Running(c, v)) continue;
            var kr = g.GetKeyResult(v);
            var latest = LatestCheckIn(kr, c.AsOf);
            if (latest < 0) continue;
            var checkIn = kr.CheckIns[latest];
            if (checkIn.Confidence is not { } confidence || !string.IsNullOrWhiteSpace(checkIn.Note)) continue;
            var score = ScoreOf(confidence, c.Options);
            if (!(score < c.Options.LowConfidence)) continue;
            var id = g.IdAt(v);
            findings.Add(new HealthFinding(
                DiagnosticCodes.LowConfidenceWithoutNote,
                DiagnosticSeverity.Warning,
                string.Create(Invariant, $"Key result '{id}' was checked in on {checkIn.Date:yyyy-MM-dd} with a low confidence ({confidence}, below {N(c.Options.LowConfidence)}) and no note saying why."),
                "Add a note to the check-in: what stands in the way, and what help or change of plan would raise the confidence.",
                [id])
            {
                Data = Data(("keyResult", id), ("date", checkIn.Date), ("confidence", score), ("limit", c.Options.LowConfidence)),
                Path = c.NodePath(v) + string.Create(Invariant, $".checkIns[{latest}]"),
            });
        }
    }

    // OKR0523: a key result whose confidence fell at each of its last FallingConfidenceCheckIns check-ins stating one.
    private static void ConfidenceFalling(HealthContext c, List<HealthFinding> findings)
    {
        var g = c.Graph;
        var wanted = c.Options.FallingConfidenceCheckIns;
        var points = new List<(DateOnly Date, double Score)>();
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (c.IsObjective(v) || !Running(c, v)) continue;
            var kr = g.GetKeyResult(v);
            if (kr.CheckIns.Count < wanted) continue;
            points.Clear();
            foreach (var checkIn in kr.CheckIns)
            {
                if (checkIn.Date <= c.AsOf && checkIn.Confidence is { } confidence) points.Add((checkIn.Date, ScoreOf(confidence, c.Options)));
            }
            if (points.Count < wanted) continue;
            points.Sort(static (a, b) => a.Date.CompareTo(b.Date));
            var falling = true;
            for (var i = points.Count - wanted + 1; i < points.Count && falling; i++) falling = points[i].Score < points[i - 1].Score && points[i].Date > points[i - 1].Date;
            if (!falling) continue;
            var id = g.IdAt(v);
            var first = points[^wanted];
            var last = points[^1];
            var series = string.Join(" -> ", points.Skip(points.Count - wanted).Select(p => N(p.Score)));
            findings.Add(new HealthFinding(
                DiagnosticCodes.ConfidenceFalling,
                DiagnosticSeverity.Warning,
                string.Create(Invariant, $"Key result '{id}' has lost confidence at each of its last {wanted} check-ins ({series}, {first.Date:yyyy-MM-dd} to {last.Date:yyyy-MM-dd})."),
                "Talk about it now, while there is time: what changed, and does the key result need help, a new plan or a new target?",
                [id])
            {
                Data = Data(("keyResult", id), ("checkIns", wanted), ("from", first.Score), ("to", last.Score), ("fromDate", first.Date), ("toDate", last.Date)),
                Path = c.NodePath(v),
            });
        }
    }

    // OKR0524: silence is never green. A measured key result on track by its numbers whose last check-in is older than
    // the cadence (StaleAfterDays) is outdated; one whose value was never checked in (an undated current value) is pending.
    private static void SilentGreen(HealthContext c, List<HealthFinding> findings)
    {
        var g = c.Graph;
        var asOf = c.AsOf;
        foreach (var (v, period, kr) in RunningMeasuredKeyResults(c))
        {
            var latest = LatestCheckIn(kr, asOf);
            var days = latest >= 0 ? asOf.DayNumber - kr.CheckIns[latest].Date.DayNumber : -1;
            if (latest >= 0 && days < c.Options.StaleAfterDays) continue;
            if (latest < 0 && kr.CheckIns.Count > 0) continue; // only later check-ins: not started, reported by OKR0511
            if (Scorer.Status(kr, period, asOf) != ProgressStatus.OnTrack) continue;
            var id = g.IdAt(v);
            var outdated = latest >= 0;
            findings.Add(new HealthFinding(
                DiagnosticCodes.SilentGreen,
                DiagnosticSeverity.Warning,
                outdated
                    ? string.Create(Invariant, $"Key result '{id}' reads on track, but its last check-in was on {kr.CheckIns[latest].Date:yyyy-MM-dd}, {days} days before {asOf:yyyy-MM-dd} (the cadence is {c.Options.StaleAfterDays} days): its status is outdated, not on track.")
                    : $"Key result '{id}' reads on track from a value that was never checked in (no dated check-in): its status is pending, not on track.",
                outdated
                    ? "Check in a current value; until then, show it as outdated rather than green."
                    : "Record a dated check-in; until then, show it as pending rather than green.",
                [id, period.Id])
            {
                Data = Data(("keyResult", id), ("status", outdated ? "outdated" : "pending"), ("lastCheckIn", outdated ? kr.CheckIns[latest].Date : null), ("days", outdated ? days : null), ("limit", c.Options.StaleAfterDays)),
                Path = c.NodePath(v),
            });
        }
    }

    // OKR0525: on track by its numbers, but the forecast through its check-ins misses the target at the period's end.
    private static void TrendingOffTrack(HealthContext c, List<HealthFinding> findings)
    {
        var g = c.Graph;
        var asOf = c.AsOf;
        foreach (var (v, period, kr) in RunningMeasuredKeyResults(c))
        {
            if (kr.CheckIns.Count < 2) continue;
            if (Scorer.Forecast(kr, period, asOf) is not { ProjectedProgress: { } projected } forecast || projected >= 1) continue;
            if (Scorer.Status(kr, period, asOf) != ProgressStatus.OnTrack) continue;
            var id = g.IdAt(v);
            findings.Add(new HealthFinding(
                DiagnosticCodes.TrendingOffTrack,
                DiagnosticSeverity.Warning,
                string.Create(Invariant, $"Key result '{id}' is on track today, but the trend of its {forecast.PointCount} check-ins reaches {N(forecast.ProjectedValue)} by {forecast.Date:yyyy-MM-dd}, {N(projected * 100)}% of the way to its target."),
                "Look at the trend, not only today's status: speed up now, or agree a realistic target while there is time.",
                [id, period.Id])
            {
                Data = Data(("keyResult", id), ("projectedValue", forecast.ProjectedValue), ("projectedProgress", projected), ("date", forecast.Date), ("checkIns", forecast.PointCount)),
                Path = c.NodePath(v),
            });
        }
    }

    // OKR0526: an objective of one department's team or person aligned straight to a company objective, skipping the
    // department, when that department has objectives of its own. Objectives owned across departments are not judged.
    private static void LevelSkips(HealthContext c, List<HealthFinding> findings)
    {
        var g = c.Graph;
        foreach (var (v, p, parent, department) in FindLevelSkips(c))
        {
            var id = g.IdAt(v);
            var dept = c.OwnerIds[department];
            findings.Add(new HealthFinding(
                DiagnosticCodes.LevelSkip,
                DiagnosticSeverity.Info,
                $"Objective '{id}' is aligned straight to the company objective '{g.IdAt(parent)}' through '{g.IdAt(p)}', skipping its department '{dept}', which has objectives of its own.",
                $"Align it to the objective of '{dept}' that serves '{g.IdAt(parent)}' (or have the department localize it), so the department sees and can steer the work of its teams.",
                [id, g.IdAt(p), dept])
            {
                Data = Data(("objective", id), ("parent", g.IdAt(p)), ("companyObjective", g.IdAt(parent)), ("department", dept)),
                Path = c.NodePath(v),
            });
        }
    }

    /// <summary>Each level skip: the objective, the node it is aligned to, that node's objective (the company's) and the department skipped.</summary>
    private static List<(int Objective, int Parent, int CompanyObjective, int Department)> FindLevelSkips(HealthContext c)
    {
        var g = c.Graph;
        var skips = new List<(int, int, int, int)>();
        var departmentHasObjectives = new bool[c.OwnerIds.Length];
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (!c.IsObjective(v)) continue;
            foreach (var o in c.OwnersOf(v))
            {
                if (c.OwnerKinds[o] == OwnerKind.Department) departmentHasObjectives[o] = true;
            }
        }
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (!c.IsObjective(v) || g.IsRootAt(v)) continue;
            var department = HealthContext.NoDepartment;
            foreach (var o in c.OwnersOf(v))
            {
                department = c.OwnerKinds[o] is OwnerKind.Team or OwnerKind.Individual ? HealthContext.Join(department, c.OwnerDepartment[o]) : HealthContext.ManyDepartments;
            }
            if (department < 0 || !departmentHasObjectives[department]) continue;
            foreach (var p in g.ParentIndices(v))
            {
                var parent = c.IsObjective(p) ? p : c.DefiningObjective(p);
                if (OwnedByCompany(c, parent)) skips.Add((v, p, parent, department));
            }
        }
        return skips;
    }

    // The alignment health score: 100 less what each kind of gap costs, counted (not shared out) so healthy growth keeps it.
    private static AlignmentScore? Score(HealthContext c, HealthMetrics metrics)
    {
        if (metrics.Objectives == 0) return null;
        var g = c.Graph;
        var o = c.Options;
        var gaps = new List<AlignmentGap>();
        var lost = 0.0;
        void Add(AlignmentGapKind kind, int count, AlignmentScoreWeight weight, IEnumerable<string> ids)
        {
            if (count == 0) return;
            var points = Math.Min(count * weight.PerGap, weight.Max);
            lost += points;
            gaps.Add(new AlignmentGap { Kind = kind, Count = count, Points = points, Ids = SortedIds(ids) });
        }

        Add(AlignmentGapKind.NoCompanyAnchor, metrics.TopLevelObjectives == 0 ? 1 : 0, o.NoCompanyAnchorWeight, []);
        var orphans = new List<string>();
        var withoutKeyResults = new List<string>();
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (!c.IsObjective(v)) continue;
            if (g.IsRootAt(v) && !c.IsTopLevel[v] && c.OwnersOf(v).Length > 0) orphans.Add(g.IdAt(v));
            if (c.KeyResultCount[v] == 0 && g.GetObjective(v).ProgressSource != ProgressSource.Children) withoutKeyResults.Add(g.IdAt(v));
        }
        Add(AlignmentGapKind.Orphans, orphans.Count, o.OrphanWeight, orphans);
        Add(AlignmentGapKind.ObjectivesWithoutKeyResults, withoutKeyResults.Count, o.NoKeyResultsWeight, withoutKeyResults);
        var skips = FindLevelSkips(c);
        Add(AlignmentGapKind.LevelSkips, skips.Count, o.LevelSkipWeight, skips.Select(s => g.IdAt(s.Objective)).Distinct());
        var isolated = IsolatedDepartments(c);
        Add(AlignmentGapKind.IsolatedDepartments, isolated.Count, o.IsolatedDepartmentWeight, isolated);
        return new AlignmentScore { Score = Math.Max(0, 100 - lost), Gaps = gaps };
    }

    /// <summary>
    /// Departments with OKRs (objectives and key results of owners in the department) that never meet another
    /// department's: no node owned with one, no alignment or key result between them, no parent they both support directly.
    /// </summary>
    private static List<string> IsolatedDepartments(HealthContext c)
    {
        var g = c.Graph;
        var n = g.NodeCount;
        var signature = new int[n];
        var hasOkrs = new bool[c.OwnerIds.Length];
        var linked = new bool[c.OwnerIds.Length];
        for (var v = 0; v < n; v++)
        {
            var owners = c.IsObjective(v) ? c.OwnersOf(v) : c.KeyResultOwners(v);
            var sig = HealthContext.NoDepartment;
            foreach (var owner in owners)
            {
                var d = c.OwnerDepartment[owner];
                if (d < 0) continue;
                hasOkrs[d] = true;
                sig = HealthContext.Join(sig, d);
            }
            if (sig == HealthContext.ManyDepartments)
            {
                foreach (var owner in owners)
                {
                    if (c.OwnerDepartment[owner] >= 0) linked[c.OwnerDepartment[owner]] = true;
                }
            }
            signature[v] = sig;
        }
        // A node and the nodes directly below it (its key results, the objectives aligned to it) that come from two
        // departments or more link those departments: one supports the other, or both support the same thing.
        var met = new List<int>();
        var seenAt = new int[c.OwnerIds.Length]; // the node (plus 1) at which a department was last met: no clearing
        for (var v = 0; v < n; v++)
        {
            met.Clear();
            Meet(signature[v], v);
            foreach (var child in g.ChildIndices(v)) Meet(signature[child], v);
            if (met.Count < 2) continue;
            foreach (var d in met) linked[d] = true;
        }

        void Meet(int department, int at)
        {
            if (department < 0 || seenAt[department] == at + 1) return;
            seenAt[department] = at + 1;
            met.Add(department);
        }
        var isolated = new List<string>();
        for (var d = 0; d < hasOkrs.Length; d++)
        {
            if (hasOkrs[d] && !linked[d]) isolated.Add(c.OwnerIds[d]);
        }
        return isolated;
    }

    private static bool OwnedByCompany(HealthContext c, int v)
    {
        foreach (var o in c.OwnersOf(v))
        {
            if (c.OwnerKinds[o] == OwnerKind.Company) return true;
        }
        return false;
    }
}
