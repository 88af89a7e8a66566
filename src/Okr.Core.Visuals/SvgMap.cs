using System.Text;
using Okr.Core.Graph;
using Okr.Core.Rollup;
using Okr.Core.Scoring;

namespace Okr.Core.Visuals;

/// <summary>
/// The alignment map as a standalone SVG drawn by the library: a layered layout with the top-level objectives at the
/// top and what supports them below; each objective a card with its title, owners, a progress bar coloured by status
/// and its key results inside; an objective with several parents drawn once with an edge to each; edges coloured
/// per alignment kind, dashed when their weight is 0. Text is 11-13 px, readable at 100% zoom. The same rollup and
/// options always give the same bytes.
/// </summary>
public static class SvgMap
{
    internal const double CardWidth = 300;
    private const double HeaderHeight = 64;
    private const double RowHeight = 18;
    private const double LegendHeight = 34;
    private const int TitleChars = 40;
    private const int RowChars = 36;

    /// <summary>Draws the map of a rollup's graph, with each node's progress and status as of the rollup's day.</summary>
    /// <param name="rollup">The rollup (<c>graph.Rollup(asOf)</c>): the graph, the day and every node's numbers.</param>
    /// <param name="options">What to show; <see langword="null"/> for everything.</param>
    /// <returns>The SVG document (UTF-8 text, no XML declaration), ending with a line break.</returns>
    /// <exception cref="KeyNotFoundException"><see cref="MapOptions.FocusId"/> is not an id of the graph.</exception>
    /// <exception cref="ArgumentException"><see cref="MapOptions.OwnerId"/> is not an owner of the set.</exception>
    public static string Write(RollupResult rollup, MapOptions? options = null)
    {
        var model = MapModel.Build(rollup, options);
        var builder = new StringBuilder(4096 + model.NodeCount * 700);
        Write(builder, model);
        return builder.ToString();
    }

    internal static LayeredLayout Layout(MapModel model)
    {
        var count = model.Objectives.Length;
        var widths = new double[count];
        var heights = new double[count];
        for (var k = 0; k < count; k++)
        {
            widths[k] = CardWidth;
            heights[k] = CardHeight(Rows(model, k).Count);
        }
        var edges = new (int Child, int Parent)[model.Edges.Length];
        for (var e = 0; e < edges.Length; e++) edges[e] = (model.Edges[e].Child, model.Edges[e].Parent);
        return LayeredLayout.Compute(widths, heights, edges);
    }

    internal static void Write(StringBuilder svg, MapModel model)
    {
        var layout = Layout(model);
        var graph = model.Graph;
        var rollup = model.Rollup;
        var owners = Style.OwnerNames(graph.Set);
        var width = Math.Max(layout.Width, 1040);
        var height = layout.Height + LegendHeight;
        var title = $"Alignment map of {graph.Set.Name ?? "an OKR set"} as of {rollup.AsOf:yyyy-MM-dd}";

        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").AppendN((width)).Append("\" height=\"").AppendN((height))
            .Append("\" viewBox=\"0 0 ").AppendN((width)).Append(' ').AppendN((height))
            .Append("\" font-family=\"Segoe UI, Helvetica, Arial, sans-serif\" role=\"img\">\n");
        svg.Append("<title>").Append(Style.Xml(title)).Append("</title>\n");
        svg.Append("<defs>\n");
        foreach (var kind in new[] { EdgeKind.Cascaded, EdgeKind.Localized, EdgeKind.BottomUp, EdgeKind.Shared })
        {
            svg.Append("<marker id=\"arrow-").Append(Style.EdgeWord(kind)).Append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
                .Append(Style.EdgeColour(kind)).Append("\"/></marker>\n");
        }
        svg.Append("</defs>\n");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        Legend(svg);
        svg.Append("<g transform=\"translate(0,").AppendN((LegendHeight)).Append(")\">\n");

        svg.Append("<g class=\"edges\" fill=\"none\">\n");
        for (var e = 0; e < model.Edges.Length; e++)
        {
            var edge = model.Edges[e];
            var points = layout.EdgePoints[e];
            var word = Style.EdgeWord(edge.Kind);
            svg.Append("<path class=\"edge ").Append(word).Append("\" d=\"M");
            for (var i = 0; i < points.Length; i += 2)
            {
                if (i > 0) svg.Append(" L");
                svg.AppendN((points[i])).Append(',').AppendN((points[i + 1]));
            }
            svg.Append("\" stroke=\"").Append(Style.EdgeColour(edge.Kind)).Append("\" stroke-width=\"").Append(edge.Kind == EdgeKind.Cascaded ? "2.5" : "2").Append('"');
            if (edge.Weight == 0) svg.Append(" stroke-dasharray=\"5 5\"");
            svg.Append(" marker-end=\"url(#arrow-").Append(word).Append(")\"><title>")
                .Append(Style.Xml(EdgeTitle(model, edge))).Append("</title></path>\n");
        }
        svg.Append("</g>\n<g class=\"objectives\">\n");
        for (var k = 0; k < model.Objectives.Length; k++) Card(svg, model, owners, k, layout.X[k], layout.Y[k]);
        svg.Append("</g>\n</g>\n</svg>\n");
    }

    internal static double CardHeight(int rows) => HeaderHeight + RowHeight * rows + (rows > 0 ? 8 : 0);

    /// <summary>The key result rows of a card: its own key results, then those it links by reference.</summary>
    private static List<(int Index, bool Linked)> Rows(MapModel model, int k)
    {
        var rows = new List<(int, bool)>(model.KeyResults[k].Length);
        foreach (var kr in model.KeyResults[k]) rows.Add((kr, false));
        foreach (var edge in model.Graph.Nodes[model.Objectives[k]].InputEdges)
        {
            if (edge.Kind == EdgeKind.LinkedKeyResult) rows.Add((edge.Child.Index, true));
        }
        return rows;
    }

    private static string EdgeTitle(MapModel model, MapEdge edge)
    {
        var graph = model.Graph;
        var child = graph.Nodes[model.Objectives[edge.Child]].Id;
        var parent = edge.ParentKeyResult >= 0 ? graph.Nodes[edge.ParentKeyResult].Id : graph.Nodes[model.Objectives[edge.Parent]].Id;
        var text = edge.Kind == EdgeKind.Cascaded ? $"{child} cascaded from key result {parent}" : $"{child} {Style.EdgeWord(edge.Kind)} to {parent}";
        return edge.Weight == 0 ? text + " (weight 0: shown, never counted)" : text + $" (weight {Style.Value(edge.Weight)})";
    }

    private static void Legend(StringBuilder svg)
    {
        svg.Append("<g class=\"legend\" font-size=\"11\" fill=\"#24292f\">\n");
        var x = 24.0;
        foreach (var kind in new[] { EdgeKind.Cascaded, EdgeKind.Localized, EdgeKind.BottomUp, EdgeKind.Shared })
        {
            svg.Append("<line x1=\"").AppendN((x)).Append("\" y1=\"17\" x2=\"").AppendN((x + 22)).Append("\" y2=\"17\" stroke=\"")
                .Append(Style.EdgeColour(kind)).Append("\" stroke-width=\"2.5\"/><text x=\"").AppendN((x + 27)).Append("\" y=\"21\">")
                .Append(Style.EdgeWord(kind)).Append("</text>\n");
            x += 100;
        }
        svg.Append("<line x1=\"").AppendN((x)).Append("\" y1=\"17\" x2=\"").AppendN((x + 22))
            .Append("\" y2=\"17\" stroke=\"#6e7781\" stroke-width=\"2\" stroke-dasharray=\"5 5\"/><text x=\"").AppendN((x + 27)).Append("\" y=\"21\">weight 0</text>\n");
        x += 100;
        foreach (var status in new[] { ProgressStatus.OnTrack, ProgressStatus.Behind, ProgressStatus.AtRisk, ProgressStatus.Achieved, ProgressStatus.NoData })
        {
            var (strong, _) = Style.StatusColour(status);
            svg.Append("<rect x=\"").AppendN((x)).Append("\" y=\"11\" width=\"12\" height=\"12\" rx=\"2\" fill=\"").Append(strong).Append("\"/><text x=\"")
                .AppendN((x + 16)).Append("\" y=\"21\">").Append(Style.StatusWord(status)).Append("</text>\n");
            x += 80;
        }
        svg.Append("</g>\n");
    }

    private static void Card(StringBuilder svg, MapModel model, Dictionary<string, string> owners, int k, double x, double y)
    {
        var graph = model.Graph;
        var node = graph.Nodes[model.Objectives[k]];
        var objective = node.Objective!;
        var progress = model.Rollup[node];
        var (strong, light) = Style.StatusColour(progress.Status);
        var rows = Rows(model, k);
        var height = CardHeight(rows.Count);

        svg.Append("<g class=\"objective\" data-id=\"").Append(Style.Xml(node.Id)).Append("\" data-status=\"").Append(Style.StatusWord(progress.Status)).Append("\">\n");
        svg.Append("<title>").Append(Style.Xml($"{node.Id}: {objective.Title} ({Style.Owners(owners, objective)}): {Style.ProgressLabel(progress)}, expected {Style.Percent(progress.ExpectedProgress)}")).Append("</title>\n");
        svg.Append("<rect x=\"").AppendN((x)).Append("\" y=\"").AppendN((y)).Append("\" width=\"").AppendN((CardWidth)).Append("\" height=\"").AppendN((height))
            .Append("\" rx=\"8\" fill=\"#ffffff\" stroke=\"").Append(strong).Append("\" stroke-width=\"2\"/>\n");
        svg.Append("<rect x=\"").AppendN((x)).Append("\" y=\"").AppendN((y)).Append("\" width=\"6\" height=\"").AppendN((height)).Append("\" rx=\"3\" fill=\"").Append(strong).Append("\"/>\n");
        svg.Append("<text x=\"").AppendN((x + 14)).Append("\" y=\"").AppendN((y + 20)).Append("\" font-size=\"13\" font-weight=\"bold\" fill=\"#24292f\">")
            .Append(Style.Xml(Style.Clip(objective.Title, TitleChars))).Append("</text>\n");
        svg.Append("<text x=\"").AppendN((x + 14)).Append("\" y=\"").AppendN((y + 36)).Append("\" font-size=\"11\" fill=\"#57606a\">")
            .Append(Style.Xml(Style.Clip(Style.Owners(owners, objective) + " \u00b7 " + node.Id, 48))).Append("</text>\n");
        Bar(svg, x + 14, y + 44, 150, 10, progress.Progress, strong, light);
        svg.Append("<text x=\"").AppendN((x + 172)).Append("\" y=\"").AppendN((y + 53)).Append("\" font-size=\"12\" font-weight=\"bold\" fill=\"").Append(strong).Append("\">")
            .Append(Style.Xml(Style.ProgressLabel(progress))).Append("</text>\n");

        var rowY = y + HeaderHeight;
        foreach (var (index, linked) in rows)
        {
            var krNode = graph.Nodes[index];
            var kr = model.Rollup[krNode];
            var (krStrong, krLight) = Style.StatusColour(kr.Status);
            var cascadedFrom = false;
            foreach (var edge in krNode.InputEdges)
            {
                if (edge.Kind == EdgeKind.Cascaded) cascadedFrom = true;
            }
            svg.Append("<g class=\"key-result\" data-id=\"").Append(Style.Xml(krNode.Id)).Append("\"><title>")
                .Append(Style.Xml($"{krNode.Id}: {krNode.Title}: {Style.ProgressLabel(kr)}{(linked ? " (linked by reference)" : "")}{(cascadedFrom ? " (objectives are cascaded from it)" : "")}"))
                .Append("</title>\n");
            if (cascadedFrom)
            {
                svg.Append("<rect x=\"").AppendN((x + 8)).Append("\" y=\"").AppendN((rowY + 2)).Append("\" width=\"3\" height=\"14\" fill=\"").Append(Style.EdgeColour(EdgeKind.Cascaded)).Append("\"/>\n");
            }
            svg.Append("<text x=\"").AppendN((x + 14)).Append("\" y=\"").AppendN((rowY + 13)).Append("\" font-size=\"11\" fill=\"#24292f\"")
                .Append(linked ? " font-style=\"italic\">\u21b3 " : ">").Append(Style.Xml(Style.Clip(krNode.Title, RowChars))).Append("</text>\n");
            Bar(svg, x + 232, rowY + 5, 30, 8, kr.Progress, krStrong, krLight);
            svg.Append("<text x=\"").AppendN((x + 292)).Append("\" y=\"").AppendN((rowY + 13)).Append("\" font-size=\"11\" text-anchor=\"end\" fill=\"").Append(krStrong).Append("\">")
                .Append(Style.Percent(kr.Progress)).Append("</text></g>\n");
            rowY += RowHeight;
        }
        svg.Append("</g>\n");
    }

    private static void Bar(StringBuilder svg, double x, double y, double width, double height, double? progress, string strong, string light)
    {
        svg.Append("<rect x=\"").AppendN((x)).Append("\" y=\"").AppendN((y)).Append("\" width=\"").AppendN((width)).Append("\" height=\"").AppendN((height))
            .Append("\" rx=\"2\" fill=\"").Append(light).Append("\" stroke=\"").Append(strong).Append("\" stroke-width=\"0.5\"/>");
        if (progress is { } p && p > 0)
        {
            svg.Append("<rect class=\"progress\" x=\"").AppendN((x)).Append("\" y=\"").AppendN((y)).Append("\" width=\"").AppendN((width * Math.Min(p, 1)))
                .Append("\" height=\"").AppendN((height)).Append("\" rx=\"2\" fill=\"").Append(strong).Append("\"/>");
        }
        svg.Append('\n');
    }
}
