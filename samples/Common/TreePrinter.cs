using System.Globalization;
using System.Text;
using Okr.Core;

namespace Okr.Samples;

/// <summary>What the tree printer shows on one node's line.</summary>
/// <param name="Progress">Progress in [0, 1] (or above with a cap), or <see langword="null"/> when not measured.</param>
/// <param name="Status">A short status word ("on track", "at risk", "no data").</param>
/// <param name="Provenance">Where the number came from ("measured", "derived", "manual", "not measured").</param>
public readonly record struct NodeView(double? Progress, string Status, string Provenance);

/// <summary>
/// Prints an alignment graph as a plain-text tree: each objective with its key results and the objectives aligned
/// to it below, a progress bar, the percentage, the status and where the number came from. A node with several
/// parents is printed in full under its first parent and referred to under the others. No colours, no packages.
/// </summary>
public static class TreePrinter
{
    /// <summary>Width of the progress bar in characters.</summary>
    public const int BarWidth = 20;

    /// <summary>Prints the whole graph from its roots.</summary>
    /// <param name="graph">The compiled graph.</param>
    /// <param name="view">What to show for a node.</param>
    /// <param name="output">Where to write.</param>
    public static void Print(OkrGraph graph, Func<OkrNode, NodeView> view, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Print(graph, view, output, graph.Roots, int.MaxValue);
    }

    /// <summary>
    /// Prints the trees under <paramref name="roots"/> down to <paramref name="maxDepth"/> levels below them (a key
    /// result and an objective are one level each). A node whose inputs are cut off says how many nodes it hides.
    /// </summary>
    /// <param name="graph">The compiled graph.</param>
    /// <param name="view">What to show for a node.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="roots">The nodes to start from, printed in this order.</param>
    /// <param name="maxDepth">How many levels below each root to print; 0 prints the roots alone.</param>
    public static void Print(OkrGraph graph, Func<OkrNode, NodeView> view, TextWriter output, IReadOnlyList<OkrNode> roots, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(roots);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDepth);
        var printed = new bool[graph.NodeCount];
        var stack = new Stack<(OkrNode Node, int Depth)>();
        // Roots in reverse so they print in the order given; within a parent, key results before aligned objectives.
        for (var i = roots.Count - 1; i >= 0; i--) stack.Push((roots[i], 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            var indent = new string(' ', depth * 2);
            if (printed[node.Index])
            {
                output.WriteLine($"{indent}{Marker(node)} {node.Id} (shared: shown above)");
                continue;
            }
            printed[node.Index] = true;
            var line = Line(node, depth, view(node));
            if (depth == maxDepth && node.Children.Count > 0)
            {
                var hidden = node.Descendants().Count;
                line += string.Create(CultureInfo.InvariantCulture, $"  (+{hidden} below, not shown)");
            }
            output.WriteLine(line);
            if (depth == maxDepth) continue;
            var children = node.Children
                .OrderBy(c => c.Kind == NodeKind.KeyResult ? 0 : 1)
                .ThenBy(c => c.Index)
                .ToArray();
            for (var i = children.Length - 1; i >= 0; i--) stack.Push((children[i], depth + 1));
        }
    }

    /// <summary>One node's line: indent, marker, id, title, bar, percentage, status, provenance.</summary>
    public static string Line(OkrNode node, int depth, NodeView view)
    {
        var sb = new StringBuilder();
        sb.Append(' ', depth * 2).Append(Marker(node)).Append(' ').Append(node.Id).Append(": ").Append(node.Title);
        sb.Append("  ").Append(Bar(view.Progress)).Append(' ').Append(Percent(view.Progress));
        sb.Append("  ").Append(view.Status).Append(", ").Append(view.Provenance);
        return sb.ToString();
    }

    /// <summary>A bar of <see cref="BarWidth"/> characters, '#' for done and '.' for to do; blank when not measured.</summary>
    public static string Bar(double? progress)
    {
        if (progress is not { } p) return "[" + new string(' ', BarWidth) + "]";
        var filled = (int)Math.Round(Math.Clamp(p, 0, 1) * BarWidth, MidpointRounding.AwayFromZero);
        return "[" + new string('#', filled) + new string('.', BarWidth - filled) + "]";
    }

    /// <summary>The progress as a whole percentage, or "  -- " when not measured.</summary>
    public static string Percent(double? progress) =>
        progress is { } p ? (p * 100).ToString("0", CultureInfo.InvariantCulture).PadLeft(3) + "%" : " --%";

    private static string Marker(OkrNode node) => node.Kind == NodeKind.Objective ? "O" : "KR";
}
