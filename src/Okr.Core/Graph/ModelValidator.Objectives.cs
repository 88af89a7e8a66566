using Okr.Core.Diagnostics;
using Okr.Core.Internal;

namespace Okr.Core.Graph;

internal sealed partial class ModelValidator
{
    // Links found valid by CheckObjectives, made into edges by CheckAlignments: (key result, objective) in temp numbering.
    private List<(int Child, int Parent)> _pendingLinks = [];

    /// <summary>Numbers objectives then key results, indexes their ids and reports ids used twice.</summary>
    private void IndexNodes()
    {
        var objectives = set.Objectives;
        var keyResults = set.KeyResults;
        _tempIds = new string[objectives.Count + keyResults.Count];
        _excluded = new bool[_tempIds.Length];
        for (var i = 0; i < objectives.Count; i++) _tempIds[i] = objectives[i]?.Id ?? "";
        for (var i = 0; i < keyResults.Count; i++) _tempIds[objectives.Count + i] = keyResults[i]?.Id ?? "";
        _index = new IdIndex(_tempIds, (duplicate, first) =>
        {
            _excluded[duplicate] = true;
            var id = _tempIds[duplicate];
            if (duplicate >= ObjectiveCount && first >= ObjectiveCount
                && keyResults[duplicate - ObjectiveCount].ObjectiveId != keyResults[first - ObjectiveCount].ObjectiveId)
            {
                Error(DiagnosticCodes.KeyResultUnderTwoObjectives, new ModelPath("keyResults", duplicate - ObjectiveCount).Leaf(".id"),
                    $"Key result '{id}' is defined under objectives '{keyResults[first - ObjectiveCount].ObjectiveId}' and '{keyResults[duplicate - ObjectiveCount].ObjectiveId}'; define it once and add its id to the other objective's linkedKeyResultIds.",
                    id, keyResults[first - ObjectiveCount].ObjectiveId, keyResults[duplicate - ObjectiveCount].ObjectiveId);
            }
            else
            {
                var at = duplicate < ObjectiveCount ? new ModelPath("objectives", duplicate) : new ModelPath("keyResults", duplicate - ObjectiveCount);
                Error(DiagnosticCodes.DuplicateId, at.Leaf(".id"), $"Id '{id}' is used by two objectives or key results; ids must be unique across both.", id);
            }
        });
    }

    private void CheckObjectives()
    {
        var objectives = set.Objectives;
        var links = new List<(int Child, int Parent)>();
        for (var i = 0; i < objectives.Count; i++)
        {
            Work.Tick(i, objectives.Count);
            var o = objectives[i];
            var at = new ModelPath("objectives", i);
            if (!CheckEntry(o, at, "objectives", "an objective")) continue;
            if (!CheckId(o.Id, at.Leaf(".id"), "objective")) continue;
            CheckDefined(o.Commitment, at.Leaf(".commitment"), "commitment", o.Id);
            CheckDefined(o.ProgressSource, at.Leaf(".progressSource"), "progress source", o.Id);
            if (o.Title is null)
                Error(DiagnosticCodes.MissingValue, at.Leaf(".title"), $"Objective '{o.Id}' has no title (it is null); say what it wants to achieve.", o.Id);
            else if (string.IsNullOrWhiteSpace(o.Title))
                Warn(DiagnosticCodes.EmptyTitle, at.Leaf(".title"), $"Objective '{o.Id}' has no title; say what it wants to achieve.", o.Id);
            for (var j = 0; j < o.OwnerIds.Count; j++)
            {
                if (o.OwnerIds[j] is null)
                    Error(DiagnosticCodes.MissingValue, at.Item(".ownerIds", j), $"Objective '{o.Id}' has a null entry in its owner ids; remove it or give an owner's id.", o.Id);
                else if (!IsOwner(o.OwnerIds[j]))
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
                if (linkId is null)
                {
                    Error(DiagnosticCodes.MissingValue, path, $"Objective '{o.Id}' has a null entry in its linked key result ids; remove it or give a key result's id.", o.Id);
                    continue;
                }
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
                if (!_excluded[i]) links.Add((target, i));
            }
        }
        _pendingLinks = links;
    }
}
