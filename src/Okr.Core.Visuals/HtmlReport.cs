using System.Text;
using Okr.Core.Health;
using Okr.Core.Rollup;

namespace Okr.Core.Visuals;

/// <summary>
/// One self-contained HTML page about an OKR set on a day: the org metrics, the health findings with their
/// suggestions, the alignment map (<see cref="SvgMap"/>), the tree with progress and status, and a chart per key
/// result (<see cref="ProgressChart"/>) under each objective. CSS and SVG are inline; the page has no script and
/// loads nothing from the network, so it opens from disk and prints cleanly (each chart kept on one page).
/// </summary>
public static class HtmlReport
{
    private const string Css = """
        :root { color-scheme: light; }
        body { font-family: "Segoe UI", Helvetica, Arial, sans-serif; color: #24292f; margin: 24px; line-height: 1.4; }
        h1 { font-size: 24px; margin: 0 0 4px; }
        h2 { font-size: 18px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; margin-top: 32px; }
        h3 { font-size: 15px; margin: 20px 0 6px; }
        .sub { color: #57606a; margin: 0 0 16px; }
        table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
        th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .map { overflow: auto; border: 1px solid #d0d7de; border-radius: 6px; }
        .tree { font-size: 13px; }
        .row { padding: 2px 0; }
        .badge { display: inline-block; min-width: 92px; padding: 0 6px; border-radius: 10px; font-size: 12px; margin-right: 6px; text-align: center; }
        .kr { color: #57606a; }
        .charts { display: flex; flex-wrap: wrap; gap: 12px; }
        .chart { border: 1px solid #d0d7de; border-radius: 6px; }
        .chart svg, .map svg { display: block; }
        .warning { color: #9a6700; font-weight: bold; }
        .error { color: #cf222e; font-weight: bold; }
        .info { color: #0969da; font-weight: bold; }
        footer { margin-top: 32px; color: #57606a; font-size: 12px; }
        @media print {
          body { margin: 0; }
          .map { overflow: visible; border: none; }
          .map svg, .chart svg { max-width: 100%; height: auto; }
          h2 { break-after: avoid; }
          .chart, table, .row { break-inside: avoid; }
        }
        """;

    /// <summary>Writes the report.</summary>
    /// <param name="rollup">The rollup (<c>graph.Rollup(asOf)</c>): every number and status on the page comes from it.</param>
    /// <param name="health">The health report of the same graph (<c>graph.AnalyzeHealth(asOf)</c>).</param>
    /// <param name="options">What the map, the tree and the charts show; <see langword="null"/> for everything. The metrics and findings always cover the whole set.</param>
    /// <returns>The HTML document, ending with a line break.</returns>
    /// <exception cref="KeyNotFoundException"><see cref="MapOptions.FocusId"/> is not an id of the graph.</exception>
    /// <exception cref="ArgumentException"><see cref="MapOptions.OwnerId"/> is not an owner of the set.</exception>
    public static string Write(RollupResult rollup, HealthReport health, MapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        ArgumentNullException.ThrowIfNull(health);
        var model = MapModel.Build(rollup, options);
        var graph = rollup.Graph;
        var owners = Style.OwnerNames(graph.Set);
        var name = graph.Set.Name ?? "OKR set";
        var html = new StringBuilder(16_384 + model.NodeCount * 3_000);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(Style.Xml($"{name} as of {rollup.AsOf:yyyy-MM-dd}")).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(Style.Xml(name)).Append("</h1>\n<p class=\"sub\">As of ").Append(rollup.AsOf.ToString("yyyy-MM-dd", Style.Invariant)).Append(": ")
            .Append(graph.ObjectiveCount).Append(" objectives, ").Append(graph.KeyResultCount).Append(" key results, ").Append(health.Findings.Count).Append(" health finding(s).")
            .Append(model.Objectives.Length < graph.ObjectiveCount ? $" The map, the tree and the charts show {model.Objectives.Length} of the objectives." : "").Append("</p>\n");

        Metrics(html, health.Metrics);
        Findings(html, health);
        html.Append("<h2>Alignment map</h2>\n<div class=\"map\">\n");
        SvgMap.Write(html, model);
        html.Append("</div>\n");
        Tree(html, model, owners);
        Charts(html, model, owners);
        html.Append("<footer>Made by Okr.Core.Visuals from the rollup and health analysis of ").Append(Style.Xml(name)).Append(" as of ")
            .Append(rollup.AsOf.ToString("yyyy-MM-dd", Style.Invariant)).Append(". Self-contained: no scripts, nothing loaded from the network.</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Metrics(StringBuilder html, HealthMetrics m)
    {
        static string Share(double? share) => share is { } s ? Style.Percent(s) : "--";
        static string Num(double? value) => value is { } v ? v.ToString("0.##", Style.Invariant) : "--";
        html.Append("<h2>Metrics</h2>\n<table class=\"metrics\">\n");
        void Row(string label, string value) => html.Append("<tr><th>").Append(label).Append("</th><td class=\"num\">").Append(Style.Xml(value)).Append("</td></tr>\n");
        Row("Objectives", m.Objectives.ToString(Style.Invariant));
        Row("Key results", m.KeyResults.ToString(Style.Invariant));
        Row("Alignments", m.Alignments.ToString(Style.Invariant));
        Row("Cascaded / localized / bottom-up / shared", $"{Share(m.CascadedShare)} / {Share(m.LocalizedShare)} / {Share(m.BottomUpShare)} / {Share(m.SharedShare)}");
        Row("Top-level objectives", m.TopLevelObjectives.ToString(Style.Invariant));
        Row("Alignment coverage", Share(m.AlignmentCoverage));
        Row("Owners with objectives", m.LoadedOwners.ToString(Style.Invariant));
        Row("Objectives per owner (mean / most)", $"{Num(m.MeanObjectivesPerOwner)} / {m.MaxObjectivesPerOwner}{(m.MostLoadedOwnerId is { } o ? " (" + o + ")" : "")}");
        Row("Deepest level", m.DeepestLevel.ToString(Style.Invariant));
        html.Append("</table>\n");
        if (m.Levels.Count == 0) return;
        html.Append("<table class=\"levels\">\n<tr><th>Level</th><th>Objectives</th><th>Key results</th><th>Owners</th><th>Key results per owner</th><th>Growth</th></tr>\n");
        foreach (var level in m.Levels)
        {
            html.Append("<tr><td class=\"num\">").Append(level.Level).Append("</td><td class=\"num\">").Append(level.Objectives).Append("</td><td class=\"num\">").Append(level.KeyResults)
                .Append("</td><td class=\"num\">").Append(level.Owners).Append("</td><td class=\"num\">").Append(Num(level.KeyResultsPerOwner)).Append("</td><td class=\"num\">")
                .Append(level.GrowthFactor is { } g ? "x" + g.ToString("0.##", Style.Invariant) : "--").Append("</td></tr>\n");
        }
        html.Append("</table>\n");
    }

    private static void Findings(StringBuilder html, HealthReport health)
    {
        html.Append("<h2>Health</h2>\n");
        if (health.Findings.Count == 0)
        {
            html.Append("<p>No findings: the practice looks healthy.</p>\n");
            return;
        }
        html.Append("<table class=\"findings\">\n<tr><th>Code</th><th>Severity</th><th>Finding</th><th>Suggestion</th><th>Ids</th></tr>\n");
        foreach (var f in health.Findings)
        {
            var severity = f.Severity.ToString().ToLowerInvariant();
            html.Append("<tr><td>").Append(Style.Xml(f.Code)).Append("</td><td class=\"").Append(severity).Append("\">").Append(severity).Append("</td><td>").Append(Style.Xml(f.Message))
                .Append("</td><td>").Append(Style.Xml(f.Suggestion)).Append("</td><td>").Append(Style.Xml(string.Join(", ", f.Ids))).Append("</td></tr>\n");
        }
        html.Append("</table>\n");
    }

    private static void Badge(StringBuilder html, NodeProgress progress)
    {
        var (strong, light) = Style.StatusColour(progress.Status);
        html.Append("<span class=\"badge\" style=\"background:").Append(light).Append(";color:").Append(strong).Append(";border:1px solid ").Append(strong).Append("\">")
            .Append(Style.Xml(Style.ProgressLabel(progress))).Append("</span>");
    }

    /// <summary>The tree, top down: each objective with its key results, then the objectives aligned to it; one met again is named, not repeated.</summary>
    private static void Tree(StringBuilder html, MapModel model, Dictionary<string, string> owners)
    {
        var graph = model.Graph;
        var childrenOf = new List<MapEdge>?[model.Objectives.Length];
        var hasParent = new bool[model.Objectives.Length];
        foreach (var e in model.Edges)
        {
            (childrenOf[e.Parent] ??= []).Add(e);
            hasParent[e.Child] = true;
        }
        html.Append("<h2>Tree</h2>\n<div class=\"tree\">\n");
        var shown = new bool[model.Objectives.Length];
        var stack = new Stack<(int K, int Depth, MapEdge? Via)>();
        for (var k = 0; k < model.Objectives.Length; k++)
        {
            if (!hasParent[k]) stack.Push((k, 0, null));
        }
        while (stack.Count > 0)
        {
            var (k, depth, via) = stack.Pop();
            var node = graph.Nodes[model.Objectives[k]];
            html.Append("<div class=\"row\" style=\"padding-left:").Append(depth * 24).Append("px\">");
            Badge(html, model.Rollup[node]);
            html.Append("<b>").Append(Style.Xml(node.Objective!.Title)).Append("</b> <span class=\"kr\">(").Append(Style.Xml(node.Id)).Append(", ").Append(Style.Xml(Style.Owners(owners, node.Objective)));
            if (via is { } e)
            {
                html.Append(", ").Append(Style.EdgeWord(e.Kind));
                if (e.ParentKeyResult >= 0) html.Append(" from ").Append(Style.Xml(graph.Nodes[e.ParentKeyResult].Id));
                if (e.Weight == 0) html.Append(", weight 0: shown, never counted");
            }
            html.Append(")</span>");
            if (shown[k])
            {
                html.Append(" <span class=\"kr\">shown above</span></div>\n");
                continue;
            }
            shown[k] = true;
            html.Append("</div>\n");
            foreach (var kr in model.KeyResults[k])
            {
                var krNode = graph.Nodes[kr];
                html.Append("<div class=\"row kr\" style=\"padding-left:").Append(depth * 24 + 24).Append("px\">");
                Badge(html, model.Rollup[krNode]);
                html.Append(Style.Xml(krNode.Title)).Append(" (").Append(Style.Xml(krNode.Id)).Append(")</div>\n");
            }
            if (childrenOf[k] is not { } children) continue;
            for (var i = children.Count - 1; i >= 0; i--) stack.Push((children[i].Child, depth + 1, children[i]));
        }
        html.Append("</div>\n");
    }

    private static void Charts(StringBuilder html, MapModel model, Dictionary<string, string> owners)
    {
        var graph = model.Graph;
        html.Append("<h2>Progress over time</h2>\n");
        for (var k = model.Objectives.Length - 1; k >= 0; k--)
        {
            var node = graph.Nodes[model.Objectives[k]];
            html.Append("<h3>").Append(Style.Xml(node.Objective!.Title)).Append(" <span class=\"kr\">(").Append(Style.Xml(node.Id)).Append(", ").Append(Style.Xml(Style.Owners(owners, node.Objective))).Append(")</span></h3>\n");
            if (model.KeyResults[k].Length == 0)
            {
                html.Append("<p class=\"kr\">No key results of its own.</p>\n");
                continue;
            }
            html.Append("<div class=\"charts\">\n");
            foreach (var kr in model.KeyResults[k])
            {
                var series = ChartSeries.ForKeyResult(model.Rollup, graph.Nodes[kr].Id, out var reason);
                html.Append("<div class=\"chart\">\n");
                if (series is null) html.Append("<p class=\"kr\">").Append(Style.Xml(reason!)).Append("</p>\n");
                else html.Append(ProgressChart.Svg(series));
                html.Append("</div>\n");
            }
            html.Append("</div>\n");
        }
    }
}
