using Okr.Core.Diagnostics;

namespace Okr.Core.Graph;

internal sealed partial class ModelValidator
{
    private void CheckOwners()
    {
        var owners = set.Owners;
        for (var i = 0; i < owners.Count; i++)
        {
            var owner = owners[i];
            var at = new ModelPath("owners", i);
            if (!CheckEntry(owner, at, "owners", "an owner")) continue;
            CheckDefined(owner.Kind, at.Leaf(".kind"), "owner kind", owner.Id);
            if (!CheckId(owner.Id, at.Leaf(".id"), "owner")) continue;
            if (!_owners.TryAdd(owner.Id, i))
                Error(DiagnosticCodes.DuplicateId, at.Leaf(".id"), $"Owner id '{owner.Id}' is used by two owners; give each owner its own id.", owner.Id);
        }
        for (var i = 0; i < owners.Count; i++)
        {
            var owner = owners[i];
            if (owner?.ParentId is { } parent && !_owners.ContainsKey(parent))
                Error(DiagnosticCodes.UnknownReference, new ModelPath("owners", i).Leaf(".parentId"), $"Owner '{owner.Id}' names parent '{parent}', which is not an owner.", owner.Id, parent);
        }
        CheckHierarchy(owners.Count, i => owners[i]?.Id ?? "", i => owners[i]?.ParentId, _owners, "owners", "owner");
    }

    private void CheckPeriods()
    {
        var periods = set.Periods;
        for (var i = 0; i < periods.Count; i++)
        {
            var period = periods[i];
            var at = new ModelPath("periods", i);
            if (!CheckEntry(period, at, "periods", "a period")) continue;
            if (!CheckId(period.Id, at.Leaf(".id"), "period")) continue;
            if (!_periods.TryAdd(period.Id, i))
                Error(DiagnosticCodes.DuplicateId, at.Leaf(".id"), $"Period id '{period.Id}' is used by two periods; give each period its own id.", period.Id);
            if (period.End < period.Start)
                Error(DiagnosticCodes.PeriodEndsBeforeStart, at.Leaf(".end"), $"Period '{period.Id}' ends on {Day(period.End)}, before it starts on {Day(period.Start)}.", period.Id);
        }
        for (var i = 0; i < periods.Count; i++)
        {
            var period = periods[i];
            if (period?.ParentId is not { } parentId) continue;
            var at = new ModelPath("periods", i);
            if (!_periods.TryGetValue(parentId, out var p))
            {
                Error(DiagnosticCodes.UnknownReference, at.Leaf(".parentId"), $"Period '{period.Id}' names parent '{parentId}', which is not a period.", period.Id, parentId);
                continue;
            }
            var parent = periods[p];
            if (!ReferenceEquals(parent, period) && !parent.Contains(period))
                Error(DiagnosticCodes.PeriodOutsideParent, at, $"Period '{period.Id}' ({Day(period.Start)} to {Day(period.End)}) does not lie within its parent '{parent.Id}' ({Day(parent.Start)} to {Day(parent.End)}).", period.Id, parent.Id);
        }
        CheckHierarchy(periods.Count, i => periods[i]?.Id ?? "", i => periods[i]?.ParentId, _periods, "periods", "period");
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
                    Error(DiagnosticCodes.HierarchyCycle, new ModelPath(list, node).Leaf(".parentId"), $"The {what}s {string.Join(" -> ", ids.Append(id(node)))} form a cycle through their parent ids; a {what} cannot be inside itself.", ids);
                    break;
                }
                state[node] = 1;
                walk.Add(node);
                // The index maps an id to the first item with it, so the parent found always has the id looked up.
                if (parentOf(node) is not { } parentId || !index.TryGetValue(parentId, out var parent)) break;
                node = parent;
            }
            foreach (var visited in walk) state[visited] = 2;
        }
    }
}
