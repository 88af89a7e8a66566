using System.Globalization;
using Okr.Core.Diagnostics;

namespace Okr.Core.Graph;

internal sealed partial class ModelValidator
{
    /// <summary>Makes the edges of key results and links, then checks each alignment and makes its edge.</summary>
    private void CheckAlignments()
    {
        var keyResults = set.KeyResults;
        var alignments = set.Alignments;
        _edges = new EdgeList(keyResults.Count + _pendingLinks.Count + alignments.Count);

        for (var i = 0; i < keyResults.Count; i++)
        {
            var node = ObjectiveCount + i;
            if (_excluded[node] || string.IsNullOrWhiteSpace(keyResults[i]?.Id)) continue;
            var objective = _keyResultObjective[i];
            if (objective < 0 || objective >= ObjectiveCount) continue;
            _edges.Add(node, objective, (byte)EdgeKind.KeyResult, keyResults[i].Weight, EdgeList.DefinedUnder);
        }
        foreach (var (child, parent) in _pendingLinks)
            _edges.Add(child, parent, (byte)EdgeKind.LinkedKeyResult, keyResults[child - ObjectiveCount].Weight, EdgeList.LinkOf(parent));
        _firstAlignmentEdge = _edges.Count;

        for (var i = 0; i < alignments.Count; i++)
        {
            var a = alignments[i];
            var at = new ModelPath("alignments", i);
            if (!CheckEntry(a, at, "alignments", "an alignment")) continue;
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
                if (!Enum.IsDefined(a.Kind))
                {
                    CheckDefined(a.Kind, at.Leaf(".kind"), "alignment kind", a.ChildId ?? "");
                    ok = false;
                }
                else if (!fits)
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
            // Find never returns a repeated id's node (the index keeps the first), so both ends are in the graph.
            if (child >= 0 && parent >= 0 && child < ObjectiveCount)
            {
                // Even a misfit kind keeps its edge, so cycles through it are still found and reported.
                _edges.Add(child, parent, ok ? (byte)ToEdgeKind(a.Kind) : (byte)EdgeKind.Shared, double.IsFinite(a.Weight) ? a.Weight : 0, i);
            }
        }
    }

    // The alignment edges are the last ones added: _firstAlignmentEdge up to the end of the edge list.
    private int _firstAlignmentEdge;

    /// <summary>
    /// Reports a child aligned to the same parent twice. Linear: the alignment edges are grouped by child with a
    /// counting sort and each group is scanned with a stamp per parent, instead of hashing every pair.
    /// </summary>
    private void CheckDuplicateAlignments()
    {
        var n = _tempIds.Length;
        var first = _firstAlignmentEdge;
        if (_edges.Count - first < 2) return;
        var offsets = CountingSort.Group(_edges.Child.AsSpan(first, _edges.Count - first), n, out var byChild);
        var stamp = new int[n]; // child + 1 of the last group that saw this parent
        var reported = new List<int>();
        for (var child = 0; child < n; child++)
        {
            for (var k = offsets[child]; k < offsets[child + 1]; k++)
            {
                var e = first + byChild[k];
                var parent = _edges.Parent[e];
                if (stamp[parent] == child + 1) reported.Add(_edges.Origin[e]);
                stamp[parent] = child + 1;
            }
        }
        // Report in document order, each repeat at its own path; the first occurrence stays valid.
        reported.Sort();
        foreach (var i in reported)
        {
            var a = set.Alignments[i];
            Error(DiagnosticCodes.DuplicateAlignment, new ModelPath("alignments", i), $"'{a.ChildId}' is aligned to '{a.ParentId}' twice; keep one alignment (set its weight instead).", a.ChildId, a.ParentId);
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

    /// <summary>Warns about a derived key result that nothing cascaded from it feeds.</summary>
    private void CheckDerived()
    {
        var keyResults = set.KeyResults;
        var fed = new bool[_tempIds.Length];
        for (var e = 0; e < _edges.Count; e++)
        {
            if (_edges.Kind[e] is (byte)EdgeKind.Cascaded or (byte)EdgeKind.Shared && _edges.Weight[e] > 0) fed[_edges.Parent[e]] = true;
        }
        for (var i = 0; i < keyResults.Count; i++)
        {
            if (keyResults[i] is { Derived: true } && !fed[ObjectiveCount + i] && !string.IsNullOrWhiteSpace(keyResults[i].Id))
                Warn(DiagnosticCodes.DerivedWithoutChildren, new ModelPath("keyResults", i).Leaf(".derived"), $"Key result '{keyResults[i].Id}' takes its progress from objectives cascaded from it, but none contributes to it; it will show as not measured.", keyResults[i].Id);
        }
    }
}
