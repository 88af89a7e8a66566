using System.Text;
using Okr.Core.Graph;
using Okr.Core.Rollup;
using Okr.Core.Scoring;

namespace Okr.Core.Visuals;

/// <summary>
/// The alignment map as Mermaid flowchart text, which GitHub and most Markdown renderers draw: objectives as boxes
/// (title, owners, progress and status), key results as rounded boxes under them, edges labelled and coloured per
/// alignment kind (cascaded edges thick, weight 0 dotted), nodes coloured by status.
/// </summary>
/// <remarks>
/// Mermaid refuses a diagram over 500 edges or 50,000 characters by default. When the selected map would pass
/// <see cref="MapOptions.MermaidMaxEdges"/> or <see cref="MapOptions.MermaidMaxCharacters"/>, the map is cut: it keeps
/// whole objectives (with their key results) nearest the top, level by level, as many as fit both limits,
/// and says so in a <c>%%</c> comment line (how many nodes were left out, the first of them, and the options that
/// narrow the map); <see cref="MermaidMapResult.OmittedIds"/> lists them all.
/// </remarks>
public static class MermaidMap
{
    /// <summary>Writes the map of a rollup's graph, with each node's progress and status as of the rollup's day.</summary>
    /// <param name="rollup">The rollup (<c>graph.Rollup(asOf)</c>).</param>
    /// <param name="options">What to show and the limits; <see langword="null"/> for everything under Mermaid's defaults.</param>
    /// <returns>The text and what the limits left out.</returns>
    /// <exception cref="KeyNotFoundException"><see cref="MapOptions.FocusId"/> is not an id of the graph.</exception>
    /// <exception cref="ArgumentException"><see cref="MapOptions.OwnerId"/> is not an owner of the set.</exception>
    public static MermaidMapResult Write(RollupResult rollup, MapOptions? options = null)
    {
        options ??= MapOptions.Default;
        var model = MapModel.Build(rollup, options);
        var ids = new MapIds(model.Graph);
        var order = TopFirst(model);

        // Keep the longest prefix of the top-first order whose real text fits both limits (edges and length only
        // grow with the prefix, so a binary search finds it); the edge count alone bounds the search from above.
        var high = EdgeBound(model, order, options.MermaidMaxEdges);
        var (text, edges, shown) = Render(model, ids, options, Prefix(model, order, high), order);
        if (edges > options.MermaidMaxEdges || text.Length > options.MermaidMaxCharacters)
        {
            var low = 0;
            while (low < high - 1)
            {
                var mid = low + (high - low) / 2;
                var (t, e, _) = Render(model, ids, options, Prefix(model, order, mid), order);
                if (e <= options.MermaidMaxEdges && t.Length <= options.MermaidMaxCharacters) low = mid;
                else high = mid;
            }
            (text, edges, shown) = Render(model, ids, options, Prefix(model, order, low), order);
            high = low;
        }
        return new MermaidMapResult(text, shown, edges, Omitted(model, order, Prefix(model, order, high)));
    }

    private static bool[] Prefix(MapModel model, int[] order, int count)
    {
        var keep = new bool[model.Objectives.Length];
        for (var i = 0; i < count; i++) keep[order[i]] = true;
        return keep;
    }

    /// <summary>How many objectives of the order fit within the edge limit, counting the edges each one adds.</summary>
    private static int EdgeBound(MapModel model, int[] order, int maxEdges)
    {
        var count = model.Objectives.Length;
        var rank = new int[count];
        for (var i = 0; i < order.Length; i++) rank[order[i]] = i;
        // The edges an objective adds: its key results, its alignments to objectives kept before it, the links between them.
        var adds = new int[order.Length];
        for (var k = 0; k < count; k++) adds[rank[k]] += model.KeyResults[k].Length;
        foreach (var e in model.Edges) adds[Math.Max(rank[e.Child], rank[e.Parent])]++;
        foreach (var l in model.Links) adds[Math.Max(rank[l.Owner], rank[l.Linker])]++;
        var edges = 0;
        for (var i = 0; i < adds.Length; i++)
        {
            edges += adds[i];
            if (edges > maxEdges) return i;
        }
        return adds.Length;
    }

    /// <summary>The objectives' positions ordered by their shortest distance from the top of the map, then by position from the last.</summary>
    private static int[] TopFirst(MapModel model)
    {
        var count = model.Objectives.Length;
        var childrenOf = new List<int>?[count];
        var hasParent = new bool[count];
        foreach (var e in model.Edges)
        {
            (childrenOf[e.Parent] ??= []).Add(e.Child);
            hasParent[e.Child] = true;
        }
        var distance = new int[count];
        Array.Fill(distance, -1);
        var queue = new Queue<int>();
        var order = new List<int>(count);
        for (var k = count - 1; k >= 0; k--)
        {
            if (hasParent[k]) continue;
            distance[k] = 0;
            queue.Enqueue(k);
        }
        while (queue.Count > 0)
        {
            var k = queue.Dequeue();
            order.Add(k);
            if (childrenOf[k] is not { } children) continue;
            foreach (var c in children)
            {
                if (distance[c] >= 0) continue;
                distance[c] = distance[k] + 1;
                queue.Enqueue(c);
            }
        }
        return [.. order];
    }

    private static string[] Omitted(MapModel model, int[] order, bool[] keep)
    {
        var omitted = new List<string>();
        foreach (var k in order)
        {
            if (keep[k]) continue;
            omitted.Add(model.Graph.Nodes[model.Objectives[k]].Id);
            foreach (var kr in model.KeyResults[k]) omitted.Add(model.Graph.Nodes[kr].Id);
        }
        return [.. omitted];
    }

    private static (string Text, int Edges, int Shown) Render(MapModel model, MapIds ids, MapOptions options, bool[] keep, int[] order)
    {
        var graph = model.Graph;
        var rollup = model.Rollup;
        var owners = Style.OwnerNames(graph.Set);
        var text = new StringBuilder(options.MermaidMaxCharacters);
        var omittedObjectives = keep.Count(k => !k);
        text.Append("%% Alignment map of ").Append(Label(graph.Set.Name ?? "an OKR set")).Append(" as of ").Append(rollup.AsOf.ToString("yyyy-MM-dd", Style.Invariant)).Append('\n');
        if (omittedObjectives > 0)
        {
            var omittedNodes = 0;
            var first = new List<string>();
            foreach (var k in order)
            {
                if (keep[k]) continue;
                omittedNodes += 1 + model.KeyResults[k].Length;
                if (first.Count < 10) first.Add(graph.Nodes[model.Objectives[k]].Id);
            }
            text.Append("%% CUT: ").Append(omittedNodes).Append(" of ").Append(model.NodeCount).Append(" objectives and key results (")
                .Append(omittedObjectives).Append(" objectives) left out to stay within ").Append(options.MermaidMaxEdges).Append(" edges and ")
                .Append(options.MermaidMaxCharacters).Append(" characters; first left out: ").Append(Label(string.Join(", ", first)))
                .Append(omittedObjectives > first.Count ? " and more" : "").Append(". Narrow the map with a focus, a depth or an owner (okr export --focus ID --depth N --owner ID).\n");
        }
        text.Append("flowchart BT\n");
        foreach (var status in Enum.GetValues<ProgressStatus>())
        {
            var (strong, light) = Style.StatusColour(status);
            text.Append("  classDef ").Append(ClassOf(status)).Append(" fill:").Append(light).Append(",stroke:").Append(strong).Append(",color:#24292f\n");
        }

        var byStatus = new Dictionary<ProgressStatus, List<string>>();
        void Node(int index, string line)
        {
            text.Append(line);
            var status = rollup[graph.Nodes[index]].Status;
            if (!byStatus.TryGetValue(status, out var list)) byStatus[status] = list = [];
            list.Add(ids[index]);
        }

        // Nodes, grouped per owner when asked; objectives in the map's order (inputs first).
        var shown = 0;
        var groups = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        var loose = new List<int>();
        for (var k = 0; k < model.Objectives.Length; k++)
        {
            if (!keep[k]) continue;
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
            var objective = node.Objective!;
            Node(node.Index, $"{indent}{ids[node.Index]}[\"<b>{Label(objective.Title)}</b><br/>{Label(Style.Owners(owners, objective))} · {Label(Style.ProgressLabel(rollup[node]))}\"]\n");
            shown++;
            foreach (var kr in model.KeyResults[k])
            {
                var krNode = graph.Nodes[kr];
                Node(kr, $"{indent}{ids[kr]}([\"{Label(krNode.Title)}<br/>{Label(Style.ProgressLabel(rollup[krNode]))}\"])\n");
                shown++;
            }
        }
        foreach (var (owner, list) in groups)
        {
            text.Append("  subgraph ").Append(ids.Cluster(owner)).Append("[\"").Append(Label(owners.GetValueOrDefault(owner, owner))).Append("\"]\n");
            foreach (var k in list) Objective(k, "    ");
            text.Append("  end\n");
        }
        foreach (var k in loose) Objective(k, "  ");

        // Edges: key results into their objectives, then alignments and linked key results; styled per kind.
        var edgeCount = 0;
        var byKind = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        void Edge(string from, string arrow, string to, string? style)
        {
            text.Append("  ").Append(from).Append(' ').Append(arrow).Append(' ').Append(to).Append('\n');
            if (style is not null)
            {
                if (!byKind.TryGetValue(style, out var list)) byKind[style] = list = [];
                list.Add(edgeCount);
            }
            edgeCount++;
        }
        for (var k = 0; k < model.Objectives.Length; k++)
        {
            if (!keep[k]) continue;
            foreach (var kr in model.KeyResults[k]) Edge(ids[kr], "-->", ids[model.Objectives[k]], null);
        }
        foreach (var e in model.Edges)
        {
            if (!keep[e.Child] || !keep[e.Parent]) continue;
            var to = e.ParentKeyResult >= 0 ? ids[e.ParentKeyResult] : ids[model.Objectives[e.Parent]];
            var word = Style.EdgeWord(e.Kind);
            var arrow = e.Weight == 0 ? $"-.->|{word}, weight 0|" : e.Kind == EdgeKind.Cascaded ? $"==>|{word}|" : $"-->|{word}|";
            Edge(ids[model.Objectives[e.Child]], arrow, to, $"stroke:{Style.EdgeColour(e.Kind)},stroke-width:2px");
        }
        foreach (var link in model.Links)
        {
            if (!keep[link.Owner] || !keep[link.Linker]) continue;
            Edge(ids[link.KeyResult], link.Weight == 0 ? "-.->|linked, weight 0|" : "-.->|linked|", ids[model.Objectives[link.Linker]], null);
        }
        foreach (var (status, list) in byStatus.OrderBy(p => p.Key))
            text.Append("  class ").AppendJoin(',', list).Append(' ').Append(ClassOf(status)).Append('\n');
        foreach (var (style, list) in byKind)
            text.Append("  linkStyle ").AppendJoin(',', list).Append(' ').Append(style).Append('\n');
        return (text.ToString(), edgeCount, shown);
    }

    private static string ClassOf(ProgressStatus status) => status switch
    {
        ProgressStatus.OnTrack => "onTrack",
        ProgressStatus.Behind => "behind",
        ProgressStatus.AtRisk => "atRisk",
        ProgressStatus.Achieved => "achieved",
        ProgressStatus.NotStarted => "notStarted",
        _ => "noData",
    };

    /// <summary>Text made safe inside a quoted Mermaid label: entity codes for the characters Mermaid would read.</summary>
    internal static string Label(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "#quot;",
                '#' => "#35;",
                '<' => "#lt;",
                '>' => "#gt;",
                '|' => "#124;",
                '\n' or '\r' or '\t' => " ",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }
}

/// <summary>Identifiers for Mermaid and DOT: the node's id made safe (letters, digits, underscores), unique, stable for the same graph.</summary>
internal sealed class MapIds
{
    private readonly string[] _ids;
    private readonly Dictionary<string, string> _clusters = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public MapIds(OkrGraph graph)
    {
        _ids = new string[graph.NodeCount];
        for (var i = 0; i < _ids.Length; i++) _ids[i] = Unique("n_" + Safe(graph.Nodes[i].Id));
    }

    public string this[int index] => _ids[index];

    public string Cluster(string ownerId)
    {
        if (!_clusters.TryGetValue(ownerId, out var id)) _clusters[ownerId] = id = Unique("owner_" + Safe(ownerId));
        return id;
    }

    private string Unique(string candidate)
    {
        var id = candidate;
        for (var k = 2; !_used.Add(id); k++) id = candidate + "_" + k.ToString(Style.Invariant);
        return id;
    }

    private static string Safe(string id)
    {
        var chars = id.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(chars[i])) chars[i] = '_';
        }
        return new string(chars);
    }
}
