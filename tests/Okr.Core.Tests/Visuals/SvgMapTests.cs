using System.Globalization;
using System.Xml.Linq;
using Okr.Core.Tests.Arbitraries;
using Okr.Core.Visuals;

namespace Okr.Core.Tests.Visuals;

/// <summary>The SVG map: well-formed, one card per objective with the rollup's numbers, a layered layout without overlaps.</summary>
[FsCheck.Xunit.Properties(Arbitrary = new[] { typeof(OrgArbitraries) })]
public sealed class SvgMapTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XDocument Parse(string svg) => XDocument.Parse(svg);

    private static IEnumerable<XElement> WithClass(XDocument doc, string name, string cls)
        => doc.Descendants(Svg + name).Where(e => ((string?)e.Attribute("class"))?.Split(' ').Contains(cls) == true);

    private static double Number(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    [Fact]
    public void Write_TechSolutions_DrawsEveryObjectiveAsACardWithItsKeyResultsAndTheRollupsNumbers()
    {
        var doc = Parse(SvgMap.Write(VisualFixtures.Rollup("techsolutions.json")));
        Assert.Equal(Svg + "svg", doc.Root!.Name);
        var cards = WithClass(doc, "g", "objective").ToDictionary(g => (string)g.Attribute("data-id")!);
        Assert.Equal(["ana-stability", "ben-release", "mobile-app", "quality"], cards.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(10, WithClass(doc, "g", "key-result").Count());

        // quality: (0.5 + 0.5 + 0.25 + 0) / 4 = 0.3125, behind; its bar is 150 px wide, so the filled part is 46.88 px.
        var quality = cards["quality"];
        Assert.Equal("behind", (string)quality.Attribute("data-status")!);
        Assert.Contains(quality.Descendants(Svg + "text"), t => t.Value == "31% behind");
        var bar = WithClass(new XDocument(quality), "rect", "progress").First();
        Assert.Equal(150 * 0.3125, Number(bar, "width"), 0.01);
        Assert.Equal(4, quality.Descendants(Svg + "g").Count(g => (string?)g.Attribute("class") == "key-result"));
        var bugs = quality.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-id") == "bugs");
        Assert.Contains(bugs.Descendants(Svg + "text"), t => t.Value == "50%");
        Assert.Contains(cards["mobile-app"].Descendants(Svg + "text"), t => t.Value == "53% on track");
    }

    [Fact]
    public void Write_TechSolutions_StylesEdgesPerKindAndDashesTheWeightZeroOne()
    {
        var doc = Parse(SvgMap.Write(VisualFixtures.Rollup("techsolutions.json")));
        var edges = WithClass(doc, "path", "edge").ToList();
        Assert.Equal(3, edges.Count);
        Assert.All(edges, e => Assert.Contains("bottom-up", (string)e.Attribute("class")!, StringComparison.Ordinal));
        var dashed = Assert.Single(edges, e => e.Attribute("stroke-dasharray") is not null);
        Assert.StartsWith("ben-release bottom-up to mobile-app (weight 0", dashed.Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_SharedObjective_IsDrawnOnceWithAnEdgeToEachParent()
    {
        var doc = Parse(SvgMap.Write(VisualFixtures.Rollup("shared-cross-functional.json")));
        Assert.Single(WithClass(doc, "g", "objective"), g => (string?)g.Attribute("data-id") == "launch");
        var shared = WithClass(doc, "path", "shared").Select(e => e.Element(Svg + "title")!.Value).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["launch shared to revenue (weight 1)", "launch shared to satisfaction (weight 1)"], shared);
    }

    [Fact]
    public void Write_Cascade_PutsEachLevelBelowTheOneItSupports()
    {
        var doc = Parse(SvgMap.Write(VisualFixtures.Rollup("consultancy-cascade.json")));
        double Top(string id) => Number(WithClass(doc, "g", "objective").Single(g => (string?)g.Attribute("data-id") == id).Element(Svg + "rect")!, "y");
        Assert.True(Top("strategy") < Top("marketing"));
        Assert.True(Top("marketing") < Top("mql-growth"));
        Assert.Equal(Top("mql-growth"), Top("list-growth"));
        Assert.Equal(3, WithClass(doc, "path", "cascaded").Count());
    }

    [Fact]
    public void Write_SameRollupTwice_GivesTheSameBytes()
    {
        var rollup = VisualFixtures.Rollup("consultancy-cascade.json");
        Assert.Equal(SvgMap.Write(rollup), SvgMap.Write(rollup));
    }

    [Fact]
    public void Write_FocusAndDepth_CutTheMap()
    {
        var rollup = VisualFixtures.Rollup("consultancy-cascade.json");
        var doc = Parse(SvgMap.Write(rollup, new MapOptions { FocusId = "marketing", Depth = 1 }));
        var ids = WithClass(doc, "g", "objective").Select(g => (string)g.Attribute("data-id")!).Order(StringComparer.Ordinal);
        Assert.Equal(["list-growth", "marketing", "mql-growth"], ids);
        var top = Parse(SvgMap.Write(rollup, new MapOptions { Depth = 0 }));
        Assert.Equal("strategy", (string)Assert.Single(WithClass(top, "g", "objective")).Attribute("data-id")!);
    }

    [Fact]
    public void Write_UnknownFocusOrOwner_IsRefusedNamingIt()
    {
        var rollup = VisualFixtures.Rollup("techsolutions.json");
        var focus = Assert.Throws<KeyNotFoundException>(() => SvgMap.Write(rollup, new MapOptions { FocusId = "nope" }));
        Assert.Contains("'nope'", focus.Message, StringComparison.Ordinal);
        var owner = Assert.Throws<ArgumentException>(() => SvgMap.Write(rollup, new MapOptions { OwnerId = "nobody" }));
        Assert.Contains("'nobody'", owner.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MapOptions { Depth = -1 });
    }

    [Fact]
    public void Write_Owner_ShowsTheOwnersObjectivesAndWhatIsBelowThem()
    {
        var doc = Parse(SvgMap.Write(VisualFixtures.Rollup("techsolutions.json"), new MapOptions { OwnerId = "mobile" }));
        var ids = WithClass(doc, "g", "objective").Select(g => (string)g.Attribute("data-id")!).Order(StringComparer.Ordinal);
        Assert.Equal(["ana-stability", "ben-release", "mobile-app"], ids);
    }

    [Fact]
    public void Layout_TwoCrossedPairs_AreUncrossedByTheSweeps()
    {
        // Vertices 0 and 1 are children, 2 and 3 parents; 0 feeds 3 and 1 feeds 2. In the first order the edges cross.
        var layout = LayeredLayout.Compute([100, 100, 100, 100], [50, 50, 50, 50], [(0, 3), (1, 2), (0, 2)]);
        Assert.Equal(2, layout.LevelCount);
        Assert.Equal(0, layout.Crossings);
        Assert.Equal([1, 1, 0, 0], layout.Level);
    }

    [Fact]
    public void Layout_AnEdgeOverTwoLevels_BendsThroughADummyAndCrossesNothing()
    {
        // A chain 0 -> 1 -> 2 and a shortcut 0 -> 2: the shortcut passes level 1 through a dummy vertex.
        var layout = LayeredLayout.Compute([100, 100, 100], [50, 50, 50], [(0, 1), (1, 2), (0, 2)]);
        Assert.Equal([2, 1, 0], layout.Level);
        Assert.Equal(0, layout.Crossings);
        Assert.Equal(4 * 2, layout.EdgePoints[2].Length); // child top, the dummy's two ends, parent bottom
    }

    [OkrProperty(Runs = 60)]
    public bool Write_AnyOrg_IsWellFormedWithOneCardPerObjectiveAndNoOverlapsInALevel(Org org)
    {
        var graph = org.Set.Compile().ThrowIfFailed();
        var doc = Parse(SvgMap.Write(graph.Rollup(new DateOnly(2026, 2, 15))));
        var rects = WithClass(doc, "g", "objective")
            .Select(g => g.Element(Svg + "rect")!)
            .Select(r => (X: Number(r, "x"), Y: Number(r, "y"), W: Number(r, "width")))
            .ToList();
        if (rects.Count != graph.ObjectiveCount) return false;
        // Every edge runs up: from the child's top to the parent's bottom, above it.
        foreach (var path in WithClass(doc, "path", "edge"))
        {
            var points = ((string)path.Attribute("d")!).Split([' ', 'M', 'L'], StringSplitOptions.RemoveEmptyEntries);
            double Y(string p) => double.Parse(p.Split(',')[1], CultureInfo.InvariantCulture);
            if (Y(points[0]) <= Y(points[^1])) return false;
        }
        foreach (var level in rects.GroupBy(r => r.Y))
        {
            var row = level.OrderBy(r => r.X).ToList();
            for (var i = 1; i < row.Count; i++)
            {
                if (row[i].X < row[i - 1].X + row[i - 1].W) return false;
            }
        }
        return true;
    }
}
