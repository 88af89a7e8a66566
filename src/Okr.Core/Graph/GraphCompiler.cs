using System.Globalization;
using Okr.Core.Internal;
using Okr.Core;
using Okr.Core.Diagnostics;
using Okr.Core.Scoring;
using Okr.Core.Rollup;
using Okr.Core.Health;
using Okr.Core.Serialization;
using Okr.Core.Results;

namespace Okr.Core.Graph;

/// <summary>Validates an <see cref="OkrSet"/> and compiles it into an <see cref="OkrGraph"/>. Iterative throughout.</summary>
internal static class GraphCompiler
{
    public static CompileResult Compile(OkrSet set)
    {
        Guard.NotNull(set);
        var c = new Context(set);
        c.Run();
        return new CompileResult(c.Graph, c.Diagnostics);
    }

    private sealed class Context(OkrSet set)
    {
        public readonly List<Diagnostic> Diagnostics = [];
        public OkrGraph? Graph;

        private readonly Dictionary<string, int> _owners = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _periods = new(StringComparer.Ordinal);
        private string[] _tempIds = [];
        private IdIndex _index = null!;
        private bool[] _excluded = [];   // temp nodes left out of the graph (duplicates)

        // Edges in temp numbering.
        private int[] _edgeChild = [];
        private int[] _edgeParent = [];
        private byte[] _edgeKind = [];
        private double[] _edgeWeight = [];
        private int[] _edgeOrigin = [];   // >= 0: alignment index; -1: key result under objective; -2 - i: link of objective i
        private int _edgeCount;

        private int ObjectiveCount => set.Objectives.Count;

        // The objective each key result is defined under (temp numbering), or -1; found once, used twice.
        private readonly int[] _keyResultObjective = new int[set.KeyResults.Count];

        public void Run()
        {
            CheckOwners();
            CheckPeriods();
            IndexNodes();
            CheckObjectives();
            CheckKeyResults();
            CheckAlignments();
            CheckDuplicateAlignments();
            CheckDerived();
            var order = TopologicalOrder();
            if (order is null || Diagnostics.Exists(static d => d.IsError)) return;
            Graph = Build(order);
        }

        private void Add(string code, DiagnosticSeverity severity, string path, string message, params IEnumerable<string> ids)
            => Diagnostics.Add(new Diagnostic(code, severity, message, ids) { Path = path });

        private void Error(string code, string path, string message, params IEnumerable<string> ids)
            => Add(code, DiagnosticSeverity.Error, path, message, ids);

        private void Warn(string code, string path, string message, params IEnumerable<string> ids)
            => Add(code, DiagnosticSeverity.Warning, path, message, ids);

        private static string P(FormattableString path) => path.ToString(CultureInfo.InvariantCulture);

        private void Error(string code, At path, string message, params IEnumerable<string> ids)
            => Add(code, DiagnosticSeverity.Error, path.ToString(), message, ids);

        private void Warn(string code, At path, string message, params IEnumerable<string> ids)
            => Add(code, DiagnosticSeverity.Warning, path.ToString(), message, ids);

        private bool CheckId(string? id, At path, string what)
        {
            if (!string.IsNullOrWhiteSpace(id)) return true;
            Error(DiagnosticCodes.MissingId, path, $"The {what} has no id; give it a non-empty id.");
            return false;
        }

        private bool CheckId(string? id, string path, string what)
        {
            if (!string.IsNullOrWhiteSpace(id)) return true;
            Error(DiagnosticCodes.MissingId, path, $"The {what} has no id; give it a non-empty id.");
            return false;
        }

        private void CheckFinite(double value, At path, string what, string id)
        {
            if (!double.IsFinite(value))
                Error(DiagnosticCodes.NotFinite, path, $"The {what} of '{id}' is {Describe(value)}; give a finite number.", id);
        }

        private void CheckWeight(double weight, At path, string what, string id)
        {
            if (!double.IsFinite(weight)) CheckFinite(weight, path, what, id);
            else if (weight < 0)
                Error(DiagnosticCodes.NegativeWeight, path, $"The {what} of '{id}' is {Describe(weight)}; weights must be 0 or more (0 makes it informational).", id);
        }

        /// <summary>
        /// A JSON-style path such as <c>$.keyResults[3].checkIns[1].date</c>, kept as parts and formatted only when
        /// a diagnostic is reported: compiling a valid million-objective set must not format millions of paths.
        /// </summary>
        private readonly struct At(string list, int index, string? middle = null, int item = -1, string? leaf = null)
        {
            public At Leaf(string suffix) => new(list, index, middle, item, leaf + suffix);

            public At Item(string name, int position) => new(list, index, leaf + name, position, null);

            public override string ToString()
            {
                var text = string.Create(CultureInfo.InvariantCulture, $"$.{list}[{index}]{middle}");
                if (item >= 0) text += string.Create(CultureInfo.InvariantCulture, $"[{item}]");
                return text + leaf;
            }
        }

        private static string Describe(double value) => double.IsNaN(value) ? "NaN" : value.ToString("R", CultureInfo.InvariantCulture);

        private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // ---- Owners and periods -------------------------------------------------------------------------------

        private void CheckOwners()
        {
            var owners = set.Owners;
            for (var i = 0; i < owners.Count; i++)
            {
                var owner = owners[i];
                if (!CheckId(owner.Id, P($"$.owners[{i}].id"), "owner")) continue;
                if (!_owners.TryAdd(owner.Id, i))
                    Error(DiagnosticCodes.DuplicateId, P($"$.owners[{i}].id"), $"Owner id '{owner.Id}' is used by two owners; give each owner its own id.", owner.Id);
            }
            for (var i = 0; i < owners.Count; i++)
            {
                var owner = owners[i];
                if (owner.ParentId is { } parent && !_owners.ContainsKey(parent))
                    Error(DiagnosticCodes.UnknownReference, P($"$.owners[{i}].parentId"), $"Owner '{owner.Id}' names parent '{parent}', which is not an owner.", owner.Id, parent);
            }
            CheckHierarchy(owners.Count, i => owners[i].Id, i => owners[i].ParentId, _owners, "owners", "owner");
        }

        private void CheckPeriods()
        {
            var periods = set.Periods;
            for (var i = 0; i < periods.Count; i++)
            {
                var period = periods[i];
                if (!CheckId(period.Id, P($"$.periods[{i}].id"), "period")) continue;
                if (!_periods.TryAdd(period.Id, i))
                    Error(DiagnosticCodes.DuplicateId, P($"$.periods[{i}].id"), $"Period id '{period.Id}' is used by two periods; give each period its own id.", period.Id);
                if (period.End < period.Start)
                    Error(DiagnosticCodes.PeriodEndsBeforeStart, P($"$.periods[{i}].end"), $"Period '{period.Id}' ends on {Day(period.End)}, before it starts on {Day(period.Start)}.", period.Id);
            }
            for (var i = 0; i < periods.Count; i++)
            {
                var period = periods[i];
                if (period.ParentId is not { } parentId) continue;
                if (!_periods.TryGetValue(parentId, out var p))
                {
                    Error(DiagnosticCodes.UnknownReference, P($"$.periods[{i}].parentId"), $"Period '{period.Id}' names parent '{parentId}', which is not a period.", period.Id, parentId);
                    continue;
                }
                var parent = periods[p];
                if (!ReferenceEquals(parent, period) && !parent.Contains(period))
                    Error(DiagnosticCodes.PeriodOutsideParent, P($"$.periods[{i}]"), $"Period '{period.Id}' ({Day(period.Start)} to {Day(period.End)}) does not lie within its parent '{parent.Id}' ({Day(parent.Start)} to {Day(parent.End)}).", period.Id, parent.Id);
            }
            CheckHierarchy(periods.Count, i => periods[i].Id, i => periods[i].ParentId, _periods, "periods", "period");
        }

        /// <summary>Finds cycles through parent ids (owners, periods) by walking each chain once, iteratively.</summary>
        private void CheckHierarchy(int count, Func<int, string> id, Func<int, string?> parentOf, Dictionary<string, int> index, string list, string what)
        {
            var state = new byte[count]; // 0 unvisited, 1 on the current walk, 2 done
            var walk = new List<int>();
            for (var start = 0; start < count; start++)
            {
                if (state[start] != 0) continue;
                walk.Clear();
                var node = start;
                while (true)
                {
                    if (state[node] == 2) break;
                    if (state[node] == 1)
                    {
                        var from = walk.IndexOf(node);
                        var ids = walk.Skip(from).Select(id).ToList();
                        Error(DiagnosticCodes.HierarchyCycle, P($"$.{list}[{node}].parentId"), $"The {what}s {string.Join(" -> ", ids.Append(id(node)))} form a cycle through their parent ids; a {what} cannot be inside itself.", ids);
                        break;
                    }
                    state[node] = 1;
                    walk.Add(node);
                    if (parentOf(node) is not { } parentId || !index.TryGetValue(parentId, out var parent) || !ReferenceEquals(id(parent), parentId) && id(parent) != parentId) break;
                    node = parent;
                }
                foreach (var visited in walk) state[visited] = 2;
            }
        }

        // ---- Objectives and key results -------------------------------------------------------------------------

        private void IndexNodes()
        {
            var objectives = set.Objectives;
            var keyResults = set.KeyResults;
            _tempIds = new string[objectives.Count + keyResults.Count];
            _excluded = new bool[_tempIds.Length];
            for (var i = 0; i < objectives.Count; i++) _tempIds[i] = objectives[i].Id ?? "";
            for (var i = 0; i < keyResults.Count; i++) _tempIds[objectives.Count + i] = keyResults[i].Id ?? "";
            _index = new IdIndex(_tempIds, (duplicate, first) =>
            {
                _excluded[duplicate] = true;
                var id = _tempIds[duplicate];
                if (duplicate >= ObjectiveCount && first >= ObjectiveCount
                    && keyResults[duplicate - ObjectiveCount].ObjectiveId != keyResults[first - ObjectiveCount].ObjectiveId)
                {
                    Error(DiagnosticCodes.KeyResultUnderTwoObjectives, P($"$.keyResults[{duplicate - ObjectiveCount}].id"),
                        $"Key result '{id}' is defined under objectives '{keyResults[first - ObjectiveCount].ObjectiveId}' and '{keyResults[duplicate - ObjectiveCount].ObjectiveId}'; define it once and add its id to the other objective's linkedKeyResultIds.",
                        id, keyResults[first - ObjectiveCount].ObjectiveId, keyResults[duplicate - ObjectiveCount].ObjectiveId);
                }
                else
                {
                    Error(DiagnosticCodes.DuplicateId, duplicate < ObjectiveCount ? P($"$.objectives[{duplicate}].id") : P($"$.keyResults[{duplicate - ObjectiveCount}].id"),
                        $"Id '{id}' is used by two objectives or key results; ids must be unique across both.", id);
                }
            });
        }

        // Sets list key results under their objective and objectives by owner, so consecutive look-ups repeat the
        // same id; a one-entry memo per kind of look-up saves most hash probes (cache misses) on large sets.
        private string? _lastFound;
        private int _lastFoundIndex;

        private int Find(string? id)
        {
            if (id is null) return -1;
            if (string.Equals(id, _lastFound, StringComparison.Ordinal)) return _lastFoundIndex;
            _lastFoundIndex = _index.Find(id, _tempIds);
            _lastFound = id;
            return _lastFoundIndex;
        }

        private string? _lastOwner;

        private bool IsOwner(string id)
        {
            if (string.Equals(id, _lastOwner, StringComparison.Ordinal)) return true;
            if (!_owners.ContainsKey(id)) return false;
            _lastOwner = id;
            return true;
        }

        private Period? PeriodOf(Objective objective)
            => objective.PeriodId is { } id && _periods.TryGetValue(id, out var p) ? set.Periods[p] : null;

        private void CheckObjectives()
        {
            var objectives = set.Objectives;
            var links = new List<(int Child, int Parent, int Objective)>();
            for (var i = 0; i < objectives.Count; i++)
            {
                var o = objectives[i];
                var at = new At("objectives", i);
                if (!CheckId(o.Id, at.Leaf(".id"), "objective")) continue;
                if (string.IsNullOrWhiteSpace(o.Title))
                    Warn(DiagnosticCodes.EmptyTitle, at.Leaf(".title"), $"Objective '{o.Id}' has no title; say what it wants to achieve.", o.Id);
                for (var j = 0; j < o.OwnerIds.Count; j++)
                {
                    if (!IsOwner(o.OwnerIds[j]))
                        Error(DiagnosticCodes.UnknownReference, at.Item(".ownerIds", j), $"Objective '{o.Id}' names owner '{o.OwnerIds[j]}', which is not an owner.", o.Id, o.OwnerIds[j]);
                }
                if (o.PeriodId is { } periodId && !_periods.ContainsKey(periodId))
                    Error(DiagnosticCodes.UnknownReference, at.Leaf(".periodId"), $"Objective '{o.Id}' names period '{periodId}', which is not a period.", o.Id, periodId);
                if (o.ManualProgress is { } manual)
                {
                    if (!double.IsFinite(manual)) CheckFinite(manual, at.Leaf(".manualProgress"), "manual progress", o.Id);
                    else if (manual < 0)
                        Error(DiagnosticCodes.NegativeManualProgress, at.Leaf(".manualProgress"), $"Objective '{o.Id}' has manual progress {Describe(manual)}; progress is 0 or more.", o.Id);
                }
                // Most objectives link nothing: only make the set when there is something to compare.
                var seen = o.LinkedKeyResultIds.Count > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
                for (var j = 0; j < o.LinkedKeyResultIds.Count; j++)
                {
                    var linkId = o.LinkedKeyResultIds[j];
                    var path = at.Item(".linkedKeyResultIds", j);
                    var target = Find(linkId);
                    if (target < 0)
                    {
                        Error(DiagnosticCodes.UnknownReference, path, $"Objective '{o.Id}' links key result '{linkId}', which does not exist.", o.Id, linkId);
                        continue;
                    }
                    if (target < ObjectiveCount)
                    {
                        Error(DiagnosticCodes.WrongReferenceKind, path, $"Objective '{o.Id}' links '{linkId}', which is an objective; only key results can be linked (align objectives instead).", o.Id, linkId);
                        continue;
                    }
                    if (seen is not null && !seen.Add(linkId))
                    {
                        Warn(DiagnosticCodes.RedundantLink, path, $"Objective '{o.Id}' links key result '{linkId}' twice; the second link is ignored.", o.Id, linkId);
                        continue;
                    }
                    if (set.KeyResults[target - ObjectiveCount].ObjectiveId == o.Id)
                    {
                        Warn(DiagnosticCodes.RedundantLink, path, $"Objective '{o.Id}' links key result '{linkId}', which is already defined under it; the link is ignored.", o.Id, linkId);
                        continue;
                    }
                    if (!_excluded[i]) links.Add((target, i, i));
                }
            }
            _pendingLinks = links;
        }

        private List<(int Child, int Parent, int Objective)> _pendingLinks = [];

        private void CheckKeyResults()
        {
            var keyResults = set.KeyResults;
            for (var i = 0; i < keyResults.Count; i++)
            {
                var kr = keyResults[i];
                var at = new At("keyResults", i);
                if (!CheckId(kr.Id, at.Leaf(".id"), "key result")) continue;
                if (string.IsNullOrWhiteSpace(kr.Title))
                    Warn(DiagnosticCodes.EmptyTitle, at.Leaf(".title"), $"Key result '{kr.Id}' has no title; say what it measures.", kr.Id);
                Period? period = null;
                var objective = Find(kr.ObjectiveId);
                _keyResultObjective[i] = objective;
                if (objective < 0)
                    Error(DiagnosticCodes.UnknownReference, at.Leaf(".objectiveId"), $"Key result '{kr.Id}' is defined under objective '{kr.ObjectiveId}', which does not exist.", kr.Id, kr.ObjectiveId ?? "");
                else if (objective >= ObjectiveCount)
                    Error(DiagnosticCodes.WrongReferenceKind, at.Leaf(".objectiveId"), $"Key result '{kr.Id}' is defined under '{kr.ObjectiveId}', which is a key result; a key result belongs to an objective.", kr.Id, kr.ObjectiveId);
                else
                    period = PeriodOf(set.Objectives[objective]);
                if (kr.OwnerId is { } ownerId && !IsOwner(ownerId))
                    Error(DiagnosticCodes.UnknownReference, at.Leaf(".ownerId"), $"Key result '{kr.Id}' names owner '{ownerId}', which is not an owner.", kr.Id, ownerId);
                if (!double.IsFinite(kr.Weight) || kr.Weight < 0) CheckWeight(kr.Weight, at.Leaf(".weight"), "weight", kr.Id);
                CheckMeasure(kr, at.Leaf(".measure"));
                CheckCheckIns(kr, at, period);
            }
        }

        private void CheckMeasure(KeyResult kr, At at)
        {
            switch (kr.Measure)
            {
                case null:
                    Error(DiagnosticCodes.UnknownReference, at, $"Key result '{kr.Id}' has no measure; give it a metric, threshold, milestones or baseline.", kr.Id);
                    break;
                case MetricMeasure m:
                    CheckFinite(m.Start, at.Leaf(".start"), "start", kr.Id);
                    CheckFinite(m.Target, at.Leaf(".target"), "target", kr.Id);
                    if (m.Current is { } current) CheckFinite(current, at.Leaf(".current"), "current value", kr.Id);
                    if (m.Start == m.Target)
                        Error(DiagnosticCodes.StartEqualsTarget, at.Leaf(".target"), $"Key result '{kr.Id}' starts and targets {Describe(m.Start)}, so there is no distance to measure; use a threshold to keep a value.", kr.Id);
                    if (m.Current is not null && kr.CheckIns.Count > 0)
                        Warn(DiagnosticCodes.CurrentAndCheckIns, at.Leaf(".current"), $"Key result '{kr.Id}' has both a current value and check-ins; the check-ins are used and the current value is not.", kr.Id);
                    break;
                case ThresholdMeasure t:
                    CheckFinite(t.Limit, at.Leaf(".limit"), "limit", kr.Id);
                    if (t.Current is { } value) CheckFinite(value, at.Leaf(".current"), "current value", kr.Id);
                    if (t.Current is not null && kr.CheckIns.Count > 0)
                        Warn(DiagnosticCodes.CurrentAndCheckIns, at.Leaf(".current"), $"Key result '{kr.Id}' has both a current value and check-ins; the check-ins are used and the current value is not.", kr.Id);
                    break;
                case MilestoneMeasure ms:
                    var total = 0.0;
                    var bad = false;
                    for (var j = 0; j < ms.Steps.Count; j++)
                    {
                        var step = ms.Steps[j];
                        var stepAt = at.Item(".steps", j);
                        if (step is null)
                        {
                            Error(DiagnosticCodes.NoMilestoneWeight, stepAt, $"Key result '{kr.Id}' has an empty milestone step.", kr.Id);
                            bad = true;
                            continue;
                        }
                        if (!double.IsFinite(step.Weight) || step.Weight < 0) bad = true;
                        if (!double.IsFinite(step.Weight) || step.Weight < 0) CheckWeight(step.Weight, stepAt.Leaf(".weight"), $"weight of step '{step.Title}'", kr.Id);
                        if (double.IsFinite(step.Weight) && step.Weight > 0) total += step.Weight;
                        if (step.DoneOn is { } doneOn && !step.Done)
                            Warn(DiagnosticCodes.DoneDateWithoutDone, stepAt.Leaf(".doneOn"), $"Step '{step.Title}' of key result '{kr.Id}' has a done date ({Day(doneOn)}) but is not done; the date is not used.", kr.Id);
                    }
                    if (!bad && !(total > 0))
                        Error(DiagnosticCodes.NoMilestoneWeight, at.Leaf(".steps"), ms.Steps.Count == 0
                            ? $"Key result '{kr.Id}' has a milestone measure with no steps; add at least one step (one step makes it binary)."
                            : $"The steps of key result '{kr.Id}' weigh 0 in total, so progress cannot be computed.", kr.Id);
                    break;
            }
        }

        private void CheckCheckIns(KeyResult kr, At at, Period? period)
        {
            var checkIns = kr.CheckIns;
            var seenCheckIns = DateSetFor(checkIns.Count);
            for (var j = 0; j < checkIns.Count; j++)
            {
                var checkIn = checkIns[j];
                var path = at.Item(".checkIns", j);
                if (checkIn is null)
                {
                    Error(DiagnosticCodes.UnknownReference, path, $"Key result '{kr.Id}' has an empty check-in; give each check-in a date and a value.", kr.Id);
                    continue;
                }
                if (!double.IsFinite(checkIn.Value))
                    CheckFinite(checkIn.Value, path.Leaf(".value"), $"check-in value on {Day(checkIn.Date)}", kr.Id);
                if (RepeatsEarlierDate(checkIns, j, static c => c.Date, seenCheckIns))
                    Error(DiagnosticCodes.DuplicateCheckInDate, path.Leaf(".date"), $"Key result '{kr.Id}' has two check-ins on {Day(checkIn.Date)}; keep one value per day.", kr.Id);
                if (period is not null && !period.Contains(checkIn.Date))
                    Warn(DiagnosticCodes.CheckInOutsidePeriod, path.Leaf(".date"), $"Key result '{kr.Id}' has a check-in on {Day(checkIn.Date)}, outside its period '{period.Id}' ({Day(period.Start)} to {Day(period.End)}); it is kept and counts as the value from that day on, but forecasts leave it out. Move it into the period or to the objective of the period it belongs to.", kr.Id, period.Id);
                if (checkIn.Confidence is { } confidence)
                {
                    if (confidence.Score is { } score && !(score >= 0 && score <= 1))
                        Error(DiagnosticCodes.ConfidenceOutOfRange, path.Leaf(".confidence"), $"Key result '{kr.Id}' has confidence {Describe(score)} on {Day(checkIn.Date)}; a confidence score lies in [0, 1] (0.7 for 70%).", kr.Id);
                    else if (confidence.Level is { } level && !Enum.IsDefined(level))
                        Error(DiagnosticCodes.ConfidenceOutOfRange, path.Leaf(".confidence"), $"Key result '{kr.Id}' has confidence level {((int)level).ToString(CultureInfo.InvariantCulture)} on {Day(checkIn.Date)}; use low, medium or high.", kr.Id);
                }
            }
            var scaled = kr.Measure is MetricMeasure or MilestoneMeasure;
            var checkpoints = kr.Checkpoints;
            var seenCheckpoints = DateSetFor(checkpoints.Count);
            for (var j = 0; j < checkpoints.Count; j++)
            {
                var checkpoint = checkpoints[j];
                var path = at.Item(".checkpoints", j);
                if (checkpoint is null)
                {
                    Error(DiagnosticCodes.UnknownReference, path, $"Key result '{kr.Id}' has an empty checkpoint; give each checkpoint a date and a value.", kr.Id);
                    continue;
                }
                if (!double.IsFinite(checkpoint.Value))
                    CheckFinite(checkpoint.Value, path.Leaf(".value"), $"checkpoint value on {Day(checkpoint.Date)}", kr.Id);
                if (RepeatsEarlierDate(checkpoints, j, static c => c.Date, seenCheckpoints))
                    Error(DiagnosticCodes.DuplicateCheckpointDate, path.Leaf(".date"), $"Key result '{kr.Id}' has two checkpoints on {Day(checkpoint.Date)}; keep one expected value per day.", kr.Id);
                if (period is not null && !period.Contains(checkpoint.Date))
                    Warn(DiagnosticCodes.CheckpointOutsidePeriod, path.Leaf(".date"), $"Key result '{kr.Id}' has a checkpoint on {Day(checkpoint.Date)}, outside its period '{period.Id}' ({Day(period.Start)} to {Day(period.End)}); it is not used for expected progress. Date it within the period.", kr.Id, period.Id);
                if (kr.Measure is MilestoneMeasure && double.IsFinite(checkpoint.Value) && !(checkpoint.Value >= 0 && checkpoint.Value <= 1))
                    Error(DiagnosticCodes.CheckpointFractionOutOfRange, path.Leaf(".value"), $"Key result '{kr.Id}' is measured by milestones, so its checkpoint on {Day(checkpoint.Date)} gives the expected done fraction in [0, 1], not {Describe(checkpoint.Value)}.", kr.Id);
            }
            if (!scaled && kr.Measure is not null && kr.Checkpoints.Count > 0)
                Warn(DiagnosticCodes.CheckpointsNotUsed, at.Leaf(".checkpoints"), $"Key result '{kr.Id}' is a {(kr.Measure is ThresholdMeasure ? "threshold" : "baseline")}, which has no scale between start and target, so its checkpoints are not used and expected progress runs linearly over the period. Remove them, or measure it with a metric.", kr.Id);
        }

        /// <summary>
        /// Whether item <paramref name="j"/> has the date of an earlier item. A linear scan beats a hash set for the
        /// handful of check-ins a key result has in a period; long histories use <paramref name="seen"/>.
        /// </summary>
        private static bool RepeatsEarlierDate<T>(IReadOnlyList<T?> items, int j, Func<T, DateOnly> date, HashSet<DateOnly>? seen)
            where T : class
        {
            var d = date(items[j]!);
            if (seen is not null) return !seen.Add(d);
            for (var k = 0; k < j; k++)
            {
                if (items[k] is { } earlier && date(earlier) == d) return true;
            }
            return false;
        }

        private static HashSet<DateOnly>? DateSetFor(int count) => count > 16 ? new HashSet<DateOnly>(count) : null;

        // ---- Alignments and edges -----------------------------------------------------------------------------

        private void CheckAlignments()
        {
            var keyResults = set.KeyResults;
            var alignments = set.Alignments;
            var capacity = keyResults.Count + _pendingLinks.Count + alignments.Count;
            _edgeChild = new int[capacity];
            _edgeParent = new int[capacity];
            _edgeKind = new byte[capacity];
            _edgeWeight = new double[capacity];
            _edgeOrigin = new int[capacity];

            for (var i = 0; i < keyResults.Count; i++)
            {
                var node = ObjectiveCount + i;
                if (_excluded[node] || string.IsNullOrWhiteSpace(keyResults[i].Id)) continue;
                var objective = _keyResultObjective[i];
                if (objective < 0 || objective >= ObjectiveCount) continue;
                AddEdge(node, objective, EdgeKind.KeyResult, keyResults[i].Weight, -1);
            }
            foreach (var (child, parent, objective) in _pendingLinks)
                AddEdge(child, parent, EdgeKind.LinkedKeyResult, keyResults[child - ObjectiveCount].Weight, -2 - objective);

            for (var i = 0; i < alignments.Count; i++)
            {
                var a = alignments[i];
                var at = new At("alignments", i);
                var ok = true;
                var child = Find(a.ChildId);
                var parent = Find(a.ParentId);
                if (child < 0)
                {
                    Error(DiagnosticCodes.UnknownReference, at.Leaf(".childId"), $"Alignment {i} names child '{a.ChildId}', which does not exist.", a.ChildId ?? "");
                    ok = false;
                }
                else if (child >= ObjectiveCount)
                {
                    Error(DiagnosticCodes.WrongReferenceKind, at.Leaf(".childId"), $"Alignment {i} names child '{a.ChildId}', which is a key result; only objectives are aligned (link key results instead).", a.ChildId);
                    ok = false;
                }
                if (parent < 0)
                {
                    Error(DiagnosticCodes.UnknownReference, at.Leaf(".parentId"), $"Alignment of '{a.ChildId}' names parent '{a.ParentId}', which does not exist.", a.ChildId ?? "", a.ParentId ?? "");
                    ok = false;
                }
                else
                {
                    var parentIsKeyResult = parent >= ObjectiveCount;
                    var fits = a.Kind switch
                    {
                        AlignmentKind.Cascaded => parentIsKeyResult,
                        AlignmentKind.Localized or AlignmentKind.BottomUp => !parentIsKeyResult,
                        AlignmentKind.Shared => true,
                        _ => false,
                    };
                    if (!fits)
                    {
                        var need = a.Kind == AlignmentKind.Cascaded
                            ? "a cascaded objective points at the key result it was made from"
                            : a.Kind is AlignmentKind.Localized or AlignmentKind.BottomUp
                                ? $"a {KindName(a.Kind)} objective points at an objective"
                                : $"'{a.Kind}' is not an alignment kind";
                        Error(DiagnosticCodes.AlignmentKindMismatch, at.Leaf(".kind"), $"Alignment of '{a.ChildId}' to '{a.ParentId}' is {KindName(a.Kind)}, but '{a.ParentId}' is {(parentIsKeyResult ? "a key result" : "an objective")}: {need}.", a.ChildId ?? "", a.ParentId);
                        ok = false;
                    }
                }
                if (!double.IsFinite(a.Weight) || a.Weight < 0)
                {
                    CheckWeight(a.Weight, at.Leaf(".weight"), "alignment weight", a.ChildId ?? "");
                    ok = false;
                }
                if (child >= 0 && parent >= 0 && child < ObjectiveCount && !_excluded[child] && !_excluded[parent])
                {
                    // Even a misfit kind keeps its edge, so cycles through it are still found and reported.
                    AddEdge(child, parent, ok ? (byte)ToEdgeKind(a.Kind) : (byte)EdgeKind.Shared, double.IsFinite(a.Weight) ? a.Weight : 0, i);
                }
            }
        }

        /// <summary>
        /// Reports a child aligned to the same parent twice. Linear: the alignment edges are grouped by child with a
        /// counting sort and each group is scanned with a stamp per parent, instead of hashing every pair.
        /// </summary>
        private void CheckDuplicateAlignments()
        {
            var n = _tempIds.Length;
            var offsets = new int[n + 1];
            var count = 0;
            for (var e = 0; e < _edgeCount; e++)
            {
                if (_edgeOrigin[e] < 0) continue;
                offsets[_edgeChild[e] + 1]++;
                count++;
            }
            if (count < 2) return;
            for (var v = 0; v < n; v++) offsets[v + 1] += offsets[v];
            var cursor = (int[])offsets.Clone();
            var byChild = new int[count];
            for (var e = 0; e < _edgeCount; e++)
            {
                if (_edgeOrigin[e] >= 0) byChild[cursor[_edgeChild[e]]++] = e;
            }
            var stamp = new int[n]; // child + 1 of the last group that saw this parent
            var reported = new List<int>();
            for (var child = 0; child < n; child++)
            {
                for (var k = offsets[child]; k < offsets[child + 1]; k++)
                {
                    var parent = _edgeParent[byChild[k]];
                    if (stamp[parent] == child + 1) reported.Add(_edgeOrigin[byChild[k]]);
                    stamp[parent] = child + 1;
                }
            }
            // Report in document order, each repeat at its own path; the first occurrence stays valid.
            reported.Sort();
            foreach (var i in reported)
            {
                var a = set.Alignments[i];
                Error(DiagnosticCodes.DuplicateAlignment, new At("alignments", i), $"'{a.ChildId}' is aligned to '{a.ParentId}' twice; keep one alignment (set its weight instead).", a.ChildId, a.ParentId);
            }
        }

        private static string KindName(AlignmentKind kind) => kind switch
        {
            AlignmentKind.Cascaded => "cascaded",
            AlignmentKind.Localized => "localized",
            AlignmentKind.BottomUp => "bottom-up",
            AlignmentKind.Shared => "shared",
            _ => ((int)kind).ToString(CultureInfo.InvariantCulture),
        };

        private static EdgeKind ToEdgeKind(AlignmentKind kind) => kind switch
        {
            AlignmentKind.Cascaded => EdgeKind.Cascaded,
            AlignmentKind.Localized => EdgeKind.Localized,
            AlignmentKind.BottomUp => EdgeKind.BottomUp,
            _ => EdgeKind.Shared,
        };

        private void AddEdge(int child, int parent, EdgeKind kind, double weight, int origin) => AddEdge(child, parent, (byte)kind, weight, origin);

        private void AddEdge(int child, int parent, byte kind, double weight, int origin)
        {
            _edgeChild[_edgeCount] = child;
            _edgeParent[_edgeCount] = parent;
            _edgeKind[_edgeCount] = kind;
            _edgeWeight[_edgeCount] = weight;
            _edgeOrigin[_edgeCount] = origin;
            _edgeCount++;
        }

        private void CheckDerived()
        {
            var keyResults = set.KeyResults;
            var fed = new bool[_tempIds.Length];
            for (var e = 0; e < _edgeCount; e++)
            {
                if (_edgeKind[e] is (byte)EdgeKind.Cascaded or (byte)EdgeKind.Shared && _edgeWeight[e] > 0) fed[_edgeParent[e]] = true;
            }
            for (var i = 0; i < keyResults.Count; i++)
            {
                if (keyResults[i].Derived && !fed[ObjectiveCount + i] && !string.IsNullOrWhiteSpace(keyResults[i].Id))
                    Warn(DiagnosticCodes.DerivedWithoutChildren, P($"$.keyResults[{i}].derived"), $"Key result '{keyResults[i].Id}' takes its progress from objectives cascaded from it, but none contributes to it; it will show as not measured.", keyResults[i].Id);
            }
        }

        // ---- Order and layout ---------------------------------------------------------------------------------

        /// <summary>Kahn's algorithm, inputs first. Returns the order, or null after reporting a cycle.</summary>
        private int[]? TopologicalOrder()
        {
            var n = _tempIds.Length;
            var outOffsets = CountOffsets(_edgeChild, n);
            var outEdges = Fill(_edgeChild, outOffsets);
            var inputs = new int[n];
            for (var e = 0; e < _edgeCount; e++) inputs[_edgeParent[e]]++;

            var order = new int[n];
            int head = 0, tail = 0;
            for (var v = 0; v < n; v++)
            {
                if (inputs[v] == 0) order[tail++] = v;
            }
            while (head < tail)
            {
                var v = order[head++];
                for (var k = outOffsets[v]; k < outOffsets[v + 1]; k++)
                {
                    var parent = _edgeParent[outEdges[k]];
                    if (--inputs[parent] == 0) order[tail++] = parent;
                }
            }
            if (tail == n) return order;
            ReportCycle(inputs);
            return null;
        }

        private void ReportCycle(int[] remainingInputs)
        {
            // Every node left has an input that is also left, so walking down inputs must come back on itself.
            var n = _tempIds.Length;
            var inOffsets = CountOffsets(_edgeParent, n);
            var inEdges = Fill(_edgeParent, inOffsets);
            var start = Array.FindIndex(remainingInputs, static r => r > 0);
            var position = new Dictionary<int, int>();
            var walk = new List<int>();
            var walkEdges = new List<int>();
            var node = start;
            while (!position.ContainsKey(node))
            {
                position[node] = walk.Count;
                walk.Add(node);
                var next = -1;
                for (var k = inOffsets[node]; k < inOffsets[node + 1]; k++)
                {
                    var e = inEdges[k];
                    if (remainingInputs[_edgeChild[e]] > 0)
                    {
                        next = _edgeChild[e];
                        walkEdges.Add(e);
                        break;
                    }
                }
                node = next;
            }
            var from = position[node];
            var cycle = walk.Skip(from).Reverse().Select(v => _tempIds[v]).ToList();
            var edges = walkEdges.Skip(from).ToList();
            var alignment = edges.Select(e => _edgeOrigin[e]).Where(static o => o >= 0).DefaultIfEmpty(-1).Min();
            var path = alignment >= 0 ? P($"$.alignments[{alignment}]") : "$";
            var text = cycle.Count == 1
                ? $"Objective '{cycle[0]}' is aligned to itself; an objective cannot support itself."
                : $"{string.Join(" -> ", cycle.Append(cycle[0]))} form a cycle: each feeds the next, so none can be computed. Remove one of these alignments.";
            Error(DiagnosticCodes.Cycle, path, text, cycle);
        }

        private int[] CountOffsets(int[] keys, int n)
        {
            var offsets = new int[n + 1];
            for (var e = 0; e < _edgeCount; e++) offsets[keys[e] + 1]++;
            for (var v = 0; v < n; v++) offsets[v + 1] += offsets[v];
            return offsets;
        }

        private int[] Fill(int[] keys, int[] offsets)
        {
            var cursor = (int[])offsets.Clone();
            var items = new int[_edgeCount];
            for (var e = 0; e < _edgeCount; e++) items[cursor[keys[e]]++] = e;
            return items;
        }

        private OkrGraph Build(int[] order)
        {
            var n = order.Length;
            var rank = new int[n]; // temp -> final
            for (var i = 0; i < n; i++) rank[order[i]] = i;

            var ids = new string[n];
            var modelIndex = new int[n];
            for (var i = 0; i < n; i++)
            {
                var temp = order[i];
                ids[i] = _tempIds[temp];
                modelIndex[i] = temp < ObjectiveCount ? temp : ~(temp - ObjectiveCount);
            }

            var m = _edgeCount;
            var inputOffsets = new int[n + 1];
            for (var e = 0; e < m; e++) inputOffsets[rank[_edgeParent[e]] + 1]++;
            for (var v = 0; v < n; v++) inputOffsets[v + 1] += inputOffsets[v];
            var inputSource = new int[m];
            var edgeWeight = new double[m];
            var edgeKinds = new byte[m];
            var cursor = (int[])inputOffsets.Clone();
            for (var e = 0; e < m; e++)
            {
                var slot = cursor[rank[_edgeParent[e]]]++;
                inputSource[slot] = rank[_edgeChild[e]];
                edgeWeight[slot] = _edgeWeight[e];
                edgeKinds[slot] = _edgeKind[e];
            }

            var outputOffsets = new int[n + 1];
            for (var e = 0; e < m; e++) outputOffsets[inputSource[e] + 1]++;
            for (var v = 0; v < n; v++) outputOffsets[v + 1] += outputOffsets[v];
            var outputTarget = new int[m];
            var outputEdge = new int[m];
            cursor = (int[])outputOffsets.Clone();
            for (var parent = 0; parent < n; parent++)
            {
                for (var e = inputOffsets[parent]; e < inputOffsets[parent + 1]; e++)
                {
                    var slot = cursor[inputSource[e]]++;
                    outputTarget[slot] = parent;
                    outputEdge[slot] = e;
                }
            }

            _index.Renumber(rank);
            return new OkrGraph(set, ids, modelIndex, _index, inputOffsets, inputSource, edgeWeight, edgeKinds, outputOffsets, outputTarget, outputEdge);
        }
    }
}
