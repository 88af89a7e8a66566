namespace Okr.Core.Visuals;

/// <summary>
/// A layered (Sugiyama-style) layout of a DAG whose edges run from a child to a parent drawn above it: levels by the
/// longest path from the top, a dummy vertex wherever an edge crosses a level, crossings reduced by barycenter sweeps
/// (the best order seen is kept), then coordinates that centre each vertex over its neighbours without overlap.
/// Every step is a loop: nothing recurses on the graph's depth. Deterministic: the same input gives the same layout.
/// </summary>
internal sealed class LayeredLayout
{
    private const double Margin = 24;
    private const double GapX = 36;
    private const double DummyGapX = 12;
    private const double GapY = 72;

    private LayeredLayout(int levelCount, int[] level, double[] x, double[] y, double[][] edgePoints, int crossings, double width, double height)
    {
        LevelCount = levelCount;
        Level = level;
        X = x;
        Y = y;
        EdgePoints = edgePoints;
        Crossings = crossings;
        Width = width;
        Height = height;
    }

    /// <summary>Levels used (0 = the top).</summary>
    public int LevelCount { get; }

    /// <summary>Each vertex's level.</summary>
    public int[] Level { get; }

    /// <summary>Each vertex's left edge.</summary>
    public double[] X { get; }

    /// <summary>Each vertex's top edge.</summary>
    public double[] Y { get; }

    /// <summary>Each edge's polyline as x, y pairs, from the child's top to the parent's bottom.</summary>
    public double[][] EdgePoints { get; }

    /// <summary>Edge crossings between adjacent levels in the final order.</summary>
    public int Crossings { get; }

    /// <summary>The drawing's width, margins included.</summary>
    public double Width { get; }

    /// <summary>The drawing's height, margins included.</summary>
    public double Height { get; }

    /// <summary>Lays out <paramref name="widths"/>.Length vertices.</summary>
    /// <param name="widths">Each vertex's width.</param>
    /// <param name="heights">Each vertex's height.</param>
    /// <param name="edges">Edges from a child to its parent; a parent's number must be greater than its child's (the graph's order).</param>
    /// <param name="sweeps">Rounds of down and up barycenter sweeps.</param>
    public static LayeredLayout Compute(double[] widths, double[] heights, IReadOnlyList<(int Child, int Parent)> edges, int sweeps = 8)
    {
        var n = widths.Length;

        // Levels: the longest path from the top. Parents have greater numbers, so one pass from the end sees them first.
        var parents = Adjacency(n, edges, e => e.Child, e => e.Parent);
        var level = new int[n];
        for (var v = n - 1; v >= 0; v--)
        {
            foreach (var p in parents[v]) level[v] = Math.Max(level[v], level[p] + 1);
        }
        var levelCount = n == 0 ? 0 : level.Max() + 1;

        // Vertices per level, with a dummy wherever an edge passes a level; each edge's chain from parent to child.
        var levelOf = new List<int>(level);
        var up = new List<List<int>>(n);
        var down = new List<List<int>>(n);
        for (var v = 0; v < n; v++)
        {
            up.Add([]);
            down.Add([]);
        }
        var chains = new int[edges.Count][];
        for (var e = 0; e < edges.Count; e++)
        {
            var (child, parent) = edges[e];
            var chain = new int[level[child] - level[parent] + 1];
            chain[0] = parent;
            chain[^1] = child;
            for (var k = 1; k < chain.Length - 1; k++)
            {
                chain[k] = levelOf.Count;
                levelOf.Add(level[parent] + k);
                up.Add([]);
                down.Add([]);
            }
            for (var k = 0; k + 1 < chain.Length; k++)
            {
                down[chain[k]].Add(chain[k + 1]);
                up[chain[k + 1]].Add(chain[k]);
            }
            chains[e] = chain;
        }
        var total = levelOf.Count;
        var layers = new List<int>[levelCount];
        for (var l = 0; l < levelCount; l++) layers[l] = [];
        // The top level from the last vertex back (the graph's roots in reverse order of inputs), others in number order.
        for (var v = total - 1; v >= 0; v--)
        {
            if (levelOf[v] == 0) layers[0].Add(v);
        }
        for (var v = 0; v < total; v++)
        {
            if (levelOf[v] > 0) layers[levelOf[v]].Add(v);
        }
        var pos = new int[total];
        foreach (var layer in layers) Renumber(layer, pos);

        // Barycenter sweeps, keeping the order with the fewest crossings.
        var best = Count(layers, down, pos);
        var bestOrder = layers.Select(l => l.ToArray()).ToArray();
        var bary = new double[total];
        for (var round = 0; round < sweeps && best > 0; round++)
        {
            for (var l = 1; l < levelCount; l++) Reorder(layers[l], up, pos, bary);
            for (var l = levelCount - 2; l >= 0; l--) Reorder(layers[l], down, pos, bary);
            var crossings = Count(layers, down, pos);
            if (crossings < best)
            {
                best = crossings;
                bestOrder = layers.Select(l => l.ToArray()).ToArray();
            }
        }
        for (var l = 0; l < levelCount; l++)
        {
            layers[l] = [.. bestOrder[l]];
            Renumber(layers[l], pos);
        }

        // Coordinates. y: level bands as tall as their tallest vertex.
        var bandTop = new double[levelCount];
        var bandHeight = new double[levelCount];
        for (var v = 0; v < n; v++) bandHeight[level[v]] = Math.Max(bandHeight[level[v]], heights[v]);
        var yCursor = Margin;
        for (var l = 0; l < levelCount; l++)
        {
            bandTop[l] = yCursor;
            yCursor += bandHeight[l] + GapY;
        }
        var width = new double[total];
        for (var v = 0; v < total; v++) width[v] = v < n ? widths[v] : 0;

        // x: pack each level, then centre vertices over their neighbours, alternating directions.
        var left = new double[total];
        foreach (var layer in layers)
        {
            var cursor = 0.0;
            foreach (var v in layer)
            {
                left[v] = cursor;
                cursor += width[v] + Gap(v, n);
            }
        }
        for (var pass = 0; pass < 4; pass++)
        {
            var downward = pass % 2 == 0;
            if (downward)
            {
                for (var l = 1; l < levelCount; l++) Place(layers[l], up, left, width, n);
            }
            else
            {
                for (var l = levelCount - 2; l >= 0; l--) Place(layers[l], down, left, width, n);
            }
        }
        var minLeft = total == 0 ? 0 : left.Min();
        var maxRight = 0.0;
        for (var v = 0; v < total; v++)
        {
            left[v] += Margin - minLeft;
            maxRight = Math.Max(maxRight, left[v] + width[v]);
        }

        var x = new double[n];
        var y = new double[n];
        for (var v = 0; v < n; v++)
        {
            x[v] = left[v];
            y[v] = bandTop[level[v]];
        }

        // Edges: leave the child's top centre, pass each dummy straight down its band, arrive spread over the parent's bottom.
        var arrivals = new List<int>[n];
        for (var e = 0; e < edges.Count; e++) (arrivals[edges[e].Parent] ??= []).Add(e);
        var arriveX = new double[edges.Count];
        for (var p = 0; p < n; p++)
        {
            if (arrivals[p] is not { } list) continue;
            list.Sort((a, b) =>
            {
                var c = left[chains[a][1]].CompareTo(left[chains[b][1]]);
                return c != 0 ? c : a.CompareTo(b);
            });
            for (var k = 0; k < list.Count; k++) arriveX[list[k]] = left[p] + width[p] * (k + 1) / (list.Count + 1);
        }
        var edgePoints = new double[edges.Count][];
        for (var e = 0; e < edges.Count; e++)
        {
            var chain = chains[e];
            var points = new List<double>(4 + 4 * chain.Length);
            var child = chain[^1];
            points.Add(left[child] + width[child] / 2);
            points.Add(bandTop[level[child]]);
            for (var k = chain.Length - 2; k >= 1; k--)
            {
                var d = chain[k];
                var l = levelOf[d];
                points.Add(left[d]);
                points.Add(bandTop[l] + bandHeight[l]);
                points.Add(left[d]);
                points.Add(bandTop[l]);
            }
            var parent = chain[0];
            points.Add(arriveX[e]);
            points.Add(bandTop[level[parent]] + heights[parent]);
            edgePoints[e] = [.. points];
        }
        return new LayeredLayout(levelCount, level, x, y, edgePoints, best, maxRight + Margin, Math.Max(yCursor - GapY + Margin, 2 * Margin));
    }

    private static double Gap(int v, int realCount) => v < realCount ? GapX : DummyGapX;

    private static List<int>[] Adjacency(int n, IReadOnlyList<(int Child, int Parent)> edges, Func<(int Child, int Parent), int> from, Func<(int Child, int Parent), int> to)
    {
        var lists = new List<int>[n];
        for (var v = 0; v < n; v++) lists[v] = [];
        foreach (var e in edges)
        {
            var a = from(e);
            var b = to(e);
            if (a < 0 || b >= n || b <= a) throw new ArgumentException($"Edge {a} -> {b}: a parent must come after its child.", nameof(edges));
            lists[a].Add(b);
        }
        return lists;
    }

    private static void Renumber(List<int> layer, int[] pos)
    {
        for (var i = 0; i < layer.Count; i++) pos[layer[i]] = i;
    }

    /// <summary>Sorts a level by the mean position of each vertex's neighbours in the fixed level; a vertex without any keeps its place.</summary>
    private static void Reorder(List<int> layer, List<List<int>> neighbours, int[] pos, double[] bary)
    {
        foreach (var v in layer)
        {
            var list = neighbours[v];
            if (list.Count == 0)
            {
                bary[v] = pos[v];
                continue;
            }
            var sum = 0.0;
            foreach (var u in list) sum += pos[u];
            bary[v] = sum / list.Count;
        }
        layer.Sort((a, b) =>
        {
            var c = bary[a].CompareTo(bary[b]);
            return c != 0 ? c : pos[a].CompareTo(pos[b]);
        });
        Renumber(layer, pos);
    }

    /// <summary>Crossings between every pair of adjacent levels: inversions counted with a Fenwick tree (Barth, Juenger, Mutzel).</summary>
    private static int Count(List<int>[] layers, List<List<int>> down, int[] pos)
    {
        long total = 0;
        var pairs = new List<(int Upper, int Lower)>();
        for (var l = 0; l + 1 < layers.Length; l++)
        {
            pairs.Clear();
            foreach (var u in layers[l])
            {
                foreach (var w in down[u]) pairs.Add((pos[u], pos[w]));
            }
            pairs.Sort();
            var size = layers[l + 1].Count;
            var tree = new int[size + 1];
            var seen = 0;
            foreach (var (_, lower) in pairs)
            {
                // Edges seen so far that end right of this one cross it.
                var atOrLeft = 0;
                for (var i = lower + 1; i > 0; i -= i & -i) atOrLeft += tree[i];
                total += seen - atOrLeft;
                for (var i = lower + 1; i <= size; i += i & -i) tree[i]++;
                seen++;
            }
        }
        return (int)Math.Min(total, int.MaxValue);
    }

    /// <summary>
    /// Places a level: each vertex wants its centre at the mean centre of its neighbours in the fixed level; two
    /// placements without overlap (packed from the left and from the right) are averaged, which keeps the order and
    /// the gaps and splits the difference.
    /// </summary>
    private static void Place(List<int> layer, List<List<int>> neighbours, double[] left, double[] width, int realCount)
    {
        var count = layer.Count;
        if (count == 0) return;
        var desired = new double[count];
        for (var i = 0; i < count; i++)
        {
            var v = layer[i];
            var list = neighbours[v];
            if (list.Count == 0)
            {
                desired[i] = left[v];
                continue;
            }
            var sum = 0.0;
            foreach (var u in list) sum += left[u] + width[u] / 2;
            desired[i] = sum / list.Count - width[v] / 2;
        }
        var fromLeft = new double[count];
        for (var i = 0; i < count; i++)
        {
            fromLeft[i] = i == 0 ? desired[i] : Math.Max(desired[i], fromLeft[i - 1] + width[layer[i - 1]] + Gap(layer[i - 1], realCount));
        }
        var fromRight = new double[count];
        for (var i = count - 1; i >= 0; i--)
        {
            fromRight[i] = i == count - 1 ? desired[i] : Math.Min(desired[i], fromRight[i + 1] - width[layer[i]] - Gap(layer[i], realCount));
        }
        for (var i = 0; i < count; i++) left[layer[i]] = (fromLeft[i] + fromRight[i]) / 2;
    }
}
