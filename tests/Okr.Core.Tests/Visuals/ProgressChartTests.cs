using System.Globalization;
using System.Xml.Linq;
using Okr.Core.Tests.Support;
using Okr.Core.Visuals;

namespace Okr.Core.Tests.Visuals;

/// <summary>Progress charts: the check-ins, the pace through the checkpoints, the forecast, the target and the day.</summary>
public sealed class ProgressChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static RollupResult Nonprofit(DateOnly asOf)
        => OkrJson.ReadFile(SampleData.PathOf("nonprofit-weekly.json")).Compile().ThrowIfFailed().Rollup(asOf);

    private static XElement Single(XDocument doc, string name, string cls)
        => doc.Descendants(Svg + name).Single(e => (string?)e.Attribute("class") == cls);

    [Fact]
    public void KeyResultSvg_Applications_DrawsCheckInsPaceForecastTargetAndDay()
    {
        var asOf = new DateOnly(2026, 1, 20);
        var rollup = Nonprofit(asOf);
        var doc = XDocument.Parse(ProgressChart.KeyResultSvg(rollup, "applications"));

        // Three check-ins by 20 January: 182, 195, 204 applications a week.
        var points = doc.Descendants(Svg + "circle").Where(c => (string?)c.Attribute("class") == "check-in").Select(c => c.Element(Svg + "title")!.Value).ToList();
        Assert.Equal(["2026-01-02: 182 applications/week", "2026-01-09: 195 applications/week", "2026-01-16: 204 applications/week"], points);

        // The pace runs through the period's start, the three checkpoints (31 Jan 220, 28 Feb 280, 31 Mar 350).
        var pace = ((string)Single(doc, "path", "expected").Attribute("d")!).Split(['M', 'L', ' '], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, pace.Length);
        // x runs from 64 (1 Jan) to 620 (31 Mar) over 89 days: 31 Jan is day 30.
        Assert.Equal(64 + 556.0 * 30 / 89, double.Parse(pace[1].Split(',')[0], CultureInfo.InvariantCulture), 0.01);

        var keyResult = rollup.Graph["applications"].KeyResult!;
        var forecast = Scorer.Forecast(keyResult, rollup.Graph.Set.Periods.Single(p => p.Id == "2026-Q1"), asOf)!;
        Assert.Equal(321, forecast.ProjectedValue, 0.5); // the CheckIns sample prints 321 (83%) from 3 check-ins
        Assert.Equal($"forecast: {forecast.ProjectedValue.ToString("0.###", CultureInfo.InvariantCulture)} by 2026-03-31", Single(doc, "path", "forecast").Element(Svg + "title")!.Value);
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "target 350");
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "as of 2026-01-20");
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value.StartsWith("14% behind · expected 15%", StringComparison.Ordinal));
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "applications/week");
    }

    [Fact]
    public void KeyResultMermaid_Applications_GivesTheSameSeriesAsXyChartText()
    {
        var text = ProgressChart.KeyResultMermaid(Nonprofit(new DateOnly(2026, 1, 20)), "applications");
        var lines = text.Split('\n');
        Assert.Contains("xychart-beta", lines);
        Assert.Contains("  x-axis [\"2026-01-02\", \"2026-01-09\", \"2026-01-16\", \"2026-03-31 forecast\"]", lines);
        // Values, then the pace on those days: 180 + 40 x (1, 8, 15) / 30 before the 31 Jan checkpoint of 220, and 350.
        Assert.Contains(lines, l => l.StartsWith("  line [182, 195, 204, 32", StringComparison.Ordinal));
        Assert.Contains("  line [181.333, 190.667, 200, 350]", lines);
        Assert.Contains("  line [350, 350, 350, 350]", lines);
    }

    [Fact]
    public void ObjectiveSvg_Quality_PlotsTheRolledUpProgressOnEachCheckInDay()
    {
        var rollup = VisualFixtures.Rollup("techsolutions.json");
        var doc = XDocument.Parse(ProgressChart.ObjectiveSvg(rollup, "quality"));
        var points = doc.Descendants(Svg + "circle").Select(c => c.Element(Svg + "title")!.Value).ToList();
        // The last point is the rollup's own number on the day: (0.5 + 0.5 + 0.25 + 0) / 4 = 31.25%.
        Assert.Equal("2026-02-15: 31.25 %", points[^1]);
        Assert.True(points.Count >= 2);
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "target 100");
    }

    [Fact]
    public void Charts_RefuseTheWrongKindOfNodeAndNameIt()
    {
        var rollup = VisualFixtures.Rollup("techsolutions.json");
        Assert.Contains("'quality'", Assert.Throws<ArgumentException>(() => ProgressChart.KeyResultSvg(rollup, "quality")).Message, StringComparison.Ordinal);
        Assert.Contains("'bugs'", Assert.Throws<ArgumentException>(() => ProgressChart.ObjectiveSvg(rollup, "bugs")).Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => ProgressChart.KeyResultSvg(rollup, "nope"));
    }

    [Fact]
    public void KeyResultSvg_BeforeAnyCheckIn_SaysNotMeasuredInsteadOfDrawingZero()
    {
        var doc = XDocument.Parse(ProgressChart.KeyResultSvg(Nonprofit(new DateOnly(2026, 1, 1)), "filing-days"));
        Assert.Empty(doc.Descendants(Svg + "circle"));
        Assert.Equal("no check-ins yet: not measured", Single(doc, "text", "no-data").Value);
    }
}
