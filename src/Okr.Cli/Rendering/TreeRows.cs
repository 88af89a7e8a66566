using Okr.Core.Graph;

namespace Okr.Cli.Rendering;

/// <summary>One printed line of the alignment tree.</summary>
/// <param name="Node">The node on the line.</param>
/// <param name="Level">How many levels below its printed root.</param>
/// <param name="Guide">The tree guides before the node (already chosen for Unicode or ASCII).</param>
/// <param name="Via">The edge from the node to the line above it in the tree, or <see langword="null"/> for a root.</param>
/// <param name="Reference">Whether the node was drawn in full above and this line only refers to it.</param>
/// <param name="HiddenBelow">How many nodes below this one the depth limit hides (0 when none).</param>
internal readonly record struct TreeRow(OkrNode Node, int Level, string Guide, GraphEdge? Via, bool Reference, int HiddenBelow);

/// <summary>Walks the graph from chosen roots into printable rows, iteratively (a million-deep chain is fine).</summary>
internal static class TreeRows
{
    /// <summary>
    /// The rows under <paramref name="roots"/>, down to <paramref name="maxLevel"/> levels: key results before aligned
    /// objectives, each in index order; a node with several parents is drawn in full once and referred to after.
    /// </summary>
    public static List<TreeRow> Walk(IReadOnlyList<OkrNode> roots, int maxLevel, bool unicode)
    {
        var (tee, last, bar, blank) = unicode ? ("├─ ", "└─ ", "│  ", "   ") : ("|- ", "`- ", "|  ", "   ");
        var rows = new List<TreeRow>();
        var printed = new HashSet<int>();
        var stack = new Stack<(OkrNode Node, int Level, string Prefix, bool IsLast, GraphEdge? Via)>();
        for (var i = roots.Count - 1; i >= 0; i--) stack.Push((roots[i], 0, "", true, null));
        while (stack.Count > 0)
        {
            var (node, level, prefix, isLast, via) = stack.Pop();
            var guide = level == 0 ? "" : prefix + (isLast ? last : tee);
            if (!printed.Add(node.Index))
            {
                rows.Add(new TreeRow(node, level, guide, via, Reference: true, 0));
                continue;
            }
            var inputs = node.InputEdges;
            var hidden = level == maxLevel && inputs.Count > 0 ? node.Descendants().Count : 0;
            rows.Add(new TreeRow(node, level, guide, via, Reference: false, hidden));
            if (level == maxLevel || inputs.Count == 0) continue;
            var ordered = inputs
                .OrderBy(e => e.Child.Kind == NodeKind.KeyResult ? 0 : 1)
                .ThenBy(e => e.Child.Index)
                .ToArray();
            var childPrefix = level == 0 ? "" : prefix + (isLast ? blank : bar);
            for (var i = ordered.Length - 1; i >= 0; i--)
                stack.Push((ordered[i].Child, level + 1, childPrefix, i == ordered.Length - 1, ordered[i]));
        }
        return rows;
    }
}
