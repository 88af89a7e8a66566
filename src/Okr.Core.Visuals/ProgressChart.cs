using System.Text;
using Okr.Core.Rollup;

namespace Okr.Core.Visuals;

/// <summary>
/// Progress over time, as an SVG chart or Mermaid <c>xychart-beta</c> text. For a key result: its check-ins as points
/// on a step line, the expected pace (linear, or through its checkpoints), the forecast to the period's end, the
/// target and the as-of day, on an axis in the key result's unit (percent done for milestones). For an objective:
/// its rolled-up progress as of each check-in day below it in the period, against a linear pace to 100%.
/// </summary>
/// <remarks>
/// The numbers are the rollup's: status and progress come from the rollup passed in, and later check-ins than its
/// day are never drawn. A key result or objective whose objective has no period has no pace to draw against: the
/// methods throw <see cref="InvalidOperationException"/> naming it.
/// </remarks>
public static class ProgressChart
{
    private const double Width = 640;
    private const double Height = 300;
    private const double Left = 64;
    private const double Right = 620;
    private const double Top = 58;
    private const double Bottom = 250;

    /// <summary>The SVG chart of one key result.</summary>
    /// <param name="rollup">The rollup (<c>graph.Rollup(asOf)</c>).</param>
    /// <param name="keyResultId">The key result's id.</param>
    /// <returns>The SVG document, ending with a line break.</returns>
    /// <exception cref="KeyNotFoundException">No node has the id.</exception>
    /// <exception cref="ArgumentException">The id is an objective's.</exception>
    /// <exception cref="InvalidOperationException">The key result's objective has no period.</exception>
    public static string KeyResultSvg(RollupResult rollup, string keyResultId)
        => Svg(ChartSeries.ForKeyResult(rollup, keyResultId, out var reason) ?? throw new InvalidOperationException(reason));

    /// <summary>The SVG chart of one objective's rolled-up progress.</summary>
    /// <param name="rollup">The rollup (<c>graph.Rollup(asOf)</c>); its options are used for the rollup of every earlier day.</param>
    /// <param name="objectiveId">The objective's id.</param>
    /// <returns>The SVG document, ending with a line break.</returns>
    /// <exception cref="KeyNotFoundException">No node has the id.</exception>
    /// <exception cref="ArgumentException">The id is a key result's.</exception>
    /// <exception cref="InvalidOperationException">The objective has no period.</exception>
    /// <remarks>One rollup of the graph per distinct check-in day below the objective.</remarks>
    public static string ObjectiveSvg(RollupResult rollup, string objectiveId)
        => Svg(ChartSeries.ForObjective(rollup, objectiveId, out var reason) ?? throw new InvalidOperationException(reason));

    /// <summary>The Mermaid <c>xychart-beta</c> text of one key result: the value as of each check-in day, then the forecast at the period's end; the expected pace; the target.</summary>
    /// <param name="rollup">The rollup (<c>graph.Rollup(asOf)</c>).</param>
    /// <param name="keyResultId">The key result's id.</param>
    /// <returns>The Mermaid text, ending with a line break.</returns>
    /// <exception cref="KeyNotFoundException">No node has the id.</exception>
    /// <exception cref="ArgumentException">The id is an objective's.</exception>
    /// <exception cref="InvalidOperationException">The key result's objective has no period.</exception>
    public static string KeyResultMermaid(RollupResult rollup, string keyResultId)
        => Mermaid(ChartSeries.ForKeyResult(rollup, keyResultId, out var reason) ?? throw new InvalidOperationException(reason));

    /// <summary>The Mermaid <c>xychart-beta</c> text of one objective's rolled-up progress.</summary>
    /// <param name="rollup">The rollup (<c>graph.Rollup(asOf)</c>).</param>
    /// <param name="objectiveId">The objective's id.</param>
    /// <returns>The Mermaid text, ending with a line break.</returns>
    /// <exception cref="KeyNotFoundException">No node has the id.</exception>
    /// <exception cref="ArgumentException">The id is a key result's.</exception>
    /// <exception cref="InvalidOperationException">The objective has no period.</exception>
    public static string ObjectiveMermaid(RollupResult rollup, string objectiveId)
        => Mermaid(ChartSeries.ForObjective(rollup, objectiveId, out var reason) ?? throw new InvalidOperationException(reason));

    internal static string Svg(ChartSeries s)
    {
        var (min, max) = Range(s);
        double X(DateOnly day) => Left + (Right - Left) * (day.DayNumber - s.Start.DayNumber) / Math.Max(1, s.End.DayNumber - s.Start.DayNumber);
        double Y(double value) => Bottom - (Bottom - Top) * (value - min) / (max - min);
        var unit = s.Unit.Length > 0 ? s.Unit : "value";
        var svg = new StringBuilder(4096);
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").AppendN((Width)).Append("\" height=\"").AppendN((Height)).Append("\" viewBox=\"0 0 ")
            .AppendN((Width)).Append(' ').AppendN((Height)).Append("\" font-family=\"Segoe UI, Helvetica, Arial, sans-serif\" role=\"img\" data-id=\"").Append(Style.Xml(s.Id)).Append("\">\n");
        svg.Append("<title>").Append(Style.Xml($"Progress of {s.Id}: {s.Title}")).Append("</title>\n");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.Append("<text x=\"").AppendN((Left)).Append("\" y=\"20\" font-size=\"14\" font-weight=\"bold\" fill=\"#24292f\">").Append(Style.Xml(Style.Clip(s.Title, 70))).Append("</text>\n");
        svg.Append("<text x=\"").AppendN((Left)).Append("\" y=\"38\" font-size=\"11\" fill=\"#57606a\">").Append(Style.Xml(s.Caption)).Append("</text>\n");

        // Axes: y ticks in the unit, x ticks on the first of each month.
        svg.Append("<g class=\"axes\" font-size=\"10\" fill=\"#57606a\" stroke-width=\"1\">\n");
        svg.Append("<line x1=\"").AppendN((Left)).Append("\" y1=\"").AppendN((Bottom)).Append("\" x2=\"").AppendN((Right)).Append("\" y2=\"").AppendN((Bottom)).Append("\" stroke=\"#8c959f\"/>\n");
        svg.Append("<line x1=\"").AppendN((Left)).Append("\" y1=\"").AppendN((Top)).Append("\" x2=\"").AppendN((Left)).Append("\" y2=\"").AppendN((Bottom)).Append("\" stroke=\"#8c959f\"/>\n");
        for (var i = 0; i <= 4; i++)
        {
            var value = min + (max - min) * i / 4;
            svg.Append("<line x1=\"").AppendN((Left)).Append("\" y1=\"").AppendN((Y(value))).Append("\" x2=\"").AppendN((Right)).Append("\" y2=\"").AppendN((Y(value)))
                .Append("\" stroke=\"#eaeef2\"/><text class=\"y-tick\" x=\"").AppendN((Left - 6)).Append("\" y=\"").AppendN((Y(value) + 3)).Append("\" text-anchor=\"end\">")
                .Append(Style.Xml(Tick(value, max - min))).Append("</text>\n");
        }
        svg.Append("<text x=\"14\" y=\"").AppendN(((Top + Bottom) / 2)).Append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ").AppendN(((Top + Bottom) / 2)).Append(")\">")
            .Append(Style.Xml(unit)).Append("</text>\n");
        for (var month = new DateOnly(s.Start.Year, s.Start.Month, 1); month <= s.End; month = month.AddMonths(1))
        {
            if (month < s.Start) continue;
            svg.Append("<text class=\"x-tick\" x=\"").AppendN((X(month))).Append("\" y=\"").AppendN((Bottom + 14)).Append("\" text-anchor=\"middle\">")
                .Append(month.ToString("yyyy-MM-dd", Style.Invariant)).Append("</text>\n");
        }
        svg.Append("</g>\n");

        if (s.Target is { } target)
        {
            svg.Append("<line class=\"target\" x1=\"").AppendN((Left)).Append("\" y1=\"").AppendN((Y(target))).Append("\" x2=\"").AppendN((Right)).Append("\" y2=\"").AppendN((Y(target)))
                .Append("\" stroke=\"#1a7f37\" stroke-width=\"1.5\"/><text x=\"").AppendN((Right)).Append("\" y=\"").AppendN((Y(target) - 4)).Append("\" font-size=\"10\" text-anchor=\"end\" fill=\"#1a7f37\">target ")
                .Append(Style.Xml(Style.Value(target))).Append("</text>\n");
        }
        if (s.Expected.Count > 0)
        {
            svg.Append("<path class=\"expected\" d=\"");
            for (var i = 0; i < s.Expected.Count; i++) svg.Append(i == 0 ? "M" : " L").AppendN((X(s.Expected[i].Day))).Append(',').AppendN((Y(s.Expected[i].Value)));
            svg.Append("\" fill=\"none\" stroke=\"#8c959f\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"><title>expected pace</title></path>\n");
        }
        if (s.Forecast.Count == 2)
        {
            svg.Append("<path class=\"forecast\" d=\"M").AppendN((X(s.Forecast[0].Day))).Append(',').AppendN((Y(s.Forecast[0].Value))).Append(" L").AppendN((X(s.Forecast[1].Day)))
                .Append(',').AppendN((Y(s.Forecast[1].Value))).Append("\" fill=\"none\" stroke=\"#8250df\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"><title>")
                .Append(Style.Xml($"forecast: {Style.Value(s.Forecast[1].Value)} by {s.Forecast[1].Day:yyyy-MM-dd}")).Append("</title></path>\n");
        }
        var asOfDay = s.AsOf < s.Start ? s.Start : s.AsOf > s.End ? s.End : s.AsOf;
        svg.Append("<line class=\"as-of\" x1=\"").AppendN((X(asOfDay))).Append("\" y1=\"").AppendN((Top)).Append("\" x2=\"").AppendN((X(asOfDay))).Append("\" y2=\"").AppendN((Bottom))
            .Append("\" stroke=\"#cf222e\" stroke-width=\"1\"/><text x=\"").AppendN((X(asOfDay) > Right - 90 ? X(asOfDay) - 3 : X(asOfDay) + 3)).Append("\" y=\"").AppendN((Top + 22))
            .Append(X(asOfDay) > Right - 90 ? "\" text-anchor=\"end" : "").Append("\" font-size=\"10\" fill=\"#cf222e\">as of ")
            .Append(s.AsOf.ToString("yyyy-MM-dd", Style.Invariant)).Append("</text>\n");
        if (s.Actual.Count > 0)
        {
            // A step line: each value holds until the next check-in, the last one until the as-of day.
            svg.Append("<path class=\"actual\" d=\"M").AppendN((X(s.Actual[0].Day))).Append(',').AppendN((Y(s.Actual[0].Value)));
            for (var i = 1; i < s.Actual.Count; i++) svg.Append(" H").AppendN((X(s.Actual[i].Day))).Append(" V").AppendN((Y(s.Actual[i].Value)));
            svg.Append(" H").AppendN((X(asOfDay))).Append("\" fill=\"none\" stroke=\"#0969da\" stroke-width=\"2\"/>\n");
            foreach (var p in s.Actual)
            {
                svg.Append("<circle class=\"check-in\" cx=\"").AppendN((X(p.Day))).Append("\" cy=\"").AppendN((Y(p.Value))).Append("\" r=\"3.5\" fill=\"#0969da\"><title>")
                    .Append(p.Day.ToString("yyyy-MM-dd", Style.Invariant)).Append(": ").Append(Style.Xml(Style.Value(p.Value))).Append(s.Unit.Length > 0 ? " " + Style.Xml(s.Unit) : "").Append("</title></circle>\n");
            }
        }
        else
        {
            svg.Append("<text class=\"no-data\" x=\"").AppendN(((Left + Right) / 2)).Append("\" y=\"").AppendN(((Top + Bottom) / 2)).Append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#57606a\">no check-ins yet: not measured</text>\n");
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    internal static string Mermaid(ChartSeries s)
    {
        // The x axis: each actual day, then the period's end carrying the forecast (when there is one).
        var labels = new List<string>();
        var values = new List<double>();
        var expected = new List<double>();
        foreach (var p in s.Actual)
        {
            labels.Add(p.Day.ToString("yyyy-MM-dd", Style.Invariant));
            values.Add(p.Value);
            expected.Add(ExpectedAt(s, p.Day));
        }
        var forecastNote = "";
        if (s.Forecast.Count == 2 && s.Forecast[1].Day > (s.Actual.Count > 0 ? s.Actual[^1].Day : s.Start))
        {
            labels.Add(s.Forecast[1].Day.ToString("yyyy-MM-dd", Style.Invariant) + " forecast");
            values.Add(s.Forecast[1].Value);
            expected.Add(ExpectedAt(s, s.Forecast[1].Day));
            forecastNote = ", its last point the forecast at the period's end";
        }
        var (min, max) = Range(s);
        var text = new StringBuilder(512);
        text.Append("%% Progress of ").Append(MermaidMap.Label(s.Id)).Append(" as of ").Append(s.AsOf.ToString("yyyy-MM-dd", Style.Invariant)).Append(": ").Append(MermaidMap.Label(s.Caption)).Append('\n');
        if (labels.Count == 0)
        {
            text.Append("%% No check-ins in the period by then: not measured; only the pace is drawn.\n");
            labels.Add(s.Start.ToString("yyyy-MM-dd", Style.Invariant));
            labels.Add(s.End.ToString("yyyy-MM-dd", Style.Invariant));
            expected.Add(ExpectedAt(s, s.Start));
            expected.Add(ExpectedAt(s, s.End));
        }
        text.Append("%% Lines: ").Append(values.Count > 0 ? "1 the value as of each day" + forecastNote + "; " : "")
            .Append(s.Expected.Count > 0 ? "the expected pace; " : "").Append(s.Target is not null ? "the target." : "").Append('\n');
        text.Append("xychart-beta\n");
        text.Append("  title \"").Append(MermaidMap.Label(s.Title)).Append("\"\n");
        text.Append("  x-axis [").AppendJoin(", ", labels.Select(l => "\"" + l + "\"")).Append("]\n");
        text.Append("  y-axis \"").Append(MermaidMap.Label(s.Unit.Length > 0 ? s.Unit : "value")).Append("\" ").Append(Style.Value(min)).Append(" --> ").Append(Style.Value(max)).Append('\n');
        if (values.Count > 0) text.Append("  line [").AppendJoin(", ", values.Select(Style.Value)).Append("]\n");
        if (s.Expected.Count > 0) text.Append("  line [").AppendJoin(", ", expected.Select(Style.Value)).Append("]\n");
        if (s.Target is { } target) text.Append("  line [").AppendJoin(", ", labels.Select(_ => Style.Value(target))).Append("]\n");
        return text.ToString();
    }

    /// <summary>The expected pace on a day, from the piecewise linear points.</summary>
    private static double ExpectedAt(ChartSeries s, DateOnly day)
    {
        var points = s.Expected;
        if (points.Count == 0) return double.NaN;
        if (day <= points[0].Day) return points[0].Value;
        for (var i = 1; i < points.Count; i++)
        {
            if (day <= points[i].Day)
            {
                var (a, b) = (points[i - 1], points[i]);
                return a.Value + (b.Value - a.Value) * (day.DayNumber - a.Day.DayNumber) / Math.Max(1, b.Day.DayNumber - a.Day.DayNumber);
            }
        }
        return points[^1].Value;
    }

    /// <summary>The y range: every value drawn, padded by 5% on each side (a flat range gets one unit either way).</summary>
    private static (double Min, double Max) Range(ChartSeries s)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        void Take(double v)
        {
            if (!double.IsFinite(v)) return;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }
        foreach (var p in s.Actual) Take(p.Value);
        foreach (var p in s.Expected) Take(p.Value);
        foreach (var p in s.Forecast) Take(p.Value);
        if (s.Target is { } t) Take(t);
        if (s.Baseline is { } b) Take(b);
        if (double.IsInfinity(min)) (min, max) = (0, 1);
        if (max - min < 1e-9) (min, max) = (min - 1, max + 1);
        var pad = (max - min) * 0.05;
        return (min - pad, max + pad);
    }

    private static string Tick(double value, double span)
        => value.ToString(span >= 50 ? "0" : span >= 5 ? "0.#" : "0.###", Style.Invariant);
}
