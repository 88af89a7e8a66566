using System.Text;
using Okr.Core.Graph;
using Okr.Core.Rollup;

namespace Okr.Core.Visuals;

/// <summary>
/// The alignment map as Graphviz DOT (<c>dot -Tsvg map.dot -o map.svg</c>): the same content as the Mermaid map
/// (objectives with owners, progress and status; key results under them; edges coloured and labelled per alignment
/// kind, dashed when their weight is 0), optionally one cluster per owner. Graphviz has no size limit, so nothing is
/// cut beyond what the options select.
/// </summary>
public static class DotMap
{
    /// <summary>Writes the map of a rollup's graph, with each node's progress and status as of the rollup's day.</summary>
    /// <param name="rollup">The rollup (<c>graph.Rollup(asOf)</c>).</param>
    /// <param name="options">What to show; <see langword="null"/> for everything.</param>
    /// <returns>The DOT text, ending with a line break.</returns>
    /// <exception cref="KeyNotFoundException"><see cref="MapOptions.FocusId"/> is not an id of the graph.</exception>
    /// <exception cref="ArgumentException"><see cref="MapOptions.OwnerId"/> is not an owner of the set.</exception>
    public static string Write(RollupResult rollup, MapOptions? options = null)
    {
        options ??= MapOptions.Default;
        var model = MapModel.Build(rollup, options);
        var graph = model.Graph;
        var ids = new MapIds(graph);
        var owners = Style.OwnerNames(graph.Set);
        var dot = new StringBuilder(1024 + model.NodeCount * 200);
        dot.Append("// Alignment map of ").Append(Line(graph.Set.Name ?? "an OKR set")).Append(" as of ").Append(rollup.AsOf.ToString("yyyy-MM-dd", Style.Invariant)).Append('\n');
        dot.Append("digraph okr {\n");
        dot.Append("  rankdir=BT;\n  newrank=true;\n  node [fontname=\"Helvetica\", fontsize=11, shape=box, style=\"rounded,filled\"];\n  edge [fontname=\"Helvetica\", fontsize=9, color=\"#6e7781\"];\n");

        var groups = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        var loose = new List<int>();
        for (var k = 0; k < model.Objectives.Length; k++)
        {
            var objective = graph.Nodes[model.Objectives[k]].Objective!;
            if (options.ClusterByOwner && objective.OwnerIds.Count == 1)
            {
                if (!groups.TryGetValue(objective.OwnerIds[0], out var list)) groups[objective.OwnerIds[0]] = list = [];
                list.Add(k);
            }
            else
            {
                loose.Add(k);
            }
        }
        void Objective(int k, string indent)
        {
            var node = graph.Nodes[model.Objectives[k]];
            var progress = model.Rollup[node];
            var (strong, light) = Style.StatusColour(progress.Status);
            dot.Append(indent).Append(ids[node.Index]).Append(" [label=").Append(Quote($"{node.Objective!.Title}\n{Style.Owners(owners, node.Objective)}\n{Style.ProgressLabel(progress)}"))
                .Append(", fillcolor=\"").Append(light).Append("\", color=\"").Append(strong).Append("\", penwidth=2, tooltip=").Append(Quote(node.Id)).Append("];\n");
            foreach (var kr in model.KeyResults[k])
            {
                var krNode = graph.Nodes[kr];
                var krProgress = model.Rollup[krNode];
                var (krStrong, krLight) = Style.StatusColour(krProgress.Status);
                dot.Append(indent).Append(ids[kr]).Append(" [label=").Append(Quote($"{krNode.Title}\n{Style.ProgressLabel(krProgress)}"))
                    .Append(", shape=note, style=filled, fontsize=10, fillcolor=\"").Append(krLight).Append("\", color=\"").Append(krStrong).Append("\", tooltip=").Append(Quote(krNode.Id)).Append("];\n");
            }
        }
        foreach (var (owner, list) in groups)
        {
            dot.Append("  subgraph cluster_").Append(ids.Cluster(owner)).Append(" {\n    label=").Append(Quote(owners.GetValueOrDefault(owner, owner)))
                .Append(";\n    style=\"rounded,dashed\";\n    color=\"#8c959f\";\n");
            foreach (var k in list) Objective(k, "    ");
            dot.Append("  }\n");
        }
        foreach (var k in loose) Objective(k, "  ");

        for (var k = 0; k < model.Objectives.Length; k++)
        {
            foreach (var kr in model.KeyResults[k]) dot.Append("  ").Append(ids[kr]).Append(" -> ").Append(ids[model.Objectives[k]]).Append(";\n");
        }
        foreach (var e in model.Edges)
        {
            var to = e.ParentKeyResult >= 0 ? ids[e.ParentKeyResult] : ids[model.Objectives[e.Parent]];
            var colour = Style.EdgeColour(e.Kind);
            dot.Append("  ").Append(ids[model.Objectives[e.Child]]).Append(" -> ").Append(to).Append(" [label=")
                .Append(Quote(Style.EdgeWord(e.Kind) + (e.Weight == 0 ? ", weight 0" : "")))
                .Append(", color=\"").Append(colour).Append("\", fontcolor=\"").Append(colour).Append("\", penwidth=").Append(e.Kind == EdgeKind.Cascaded ? "2.5" : "1.8")
                .Append(e.Weight == 0 ? ", style=dashed" : "").Append("];\n");
        }
        foreach (var link in model.Links)
        {
            dot.Append("  ").Append(ids[link.KeyResult]).Append(" -> ").Append(ids[model.Objectives[link.Linker]])
                .Append(" [label=\"linked\", style=dotted").Append(link.Weight == 0 ? ", color=\"#8c959f\"" : "").Append("];\n");
        }
        dot.Append("}\n");
        return dot.ToString();
    }

    /// <summary>A DOT quoted string: quotes and backslashes escaped, line breaks as centred line breaks.</summary>
    internal static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r' or '\t': builder.Append(' '); break;
                default: builder.Append(c); break;
            }
        }
        return builder.Append('"').ToString();
    }

    private static string Line(string text) => text.Replace('\n', ' ').Replace('\r', ' ');
}
