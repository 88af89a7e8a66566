namespace Okr.Core.Tests.Graph;

/// <summary>The examples of docs/concepts.md and docs/diagnostics.md compile and say what the pages say.</summary>
public class ConceptsDocExamplesTests
{
    private static OkrGraph Clean(OkrSet set)
    {
        var result = set.Compile();
        Assert.Empty(result.Diagnostics);
        return result.Graph!;
    }

    [Fact]
    public void Cascaded()
    {
        var set = new OkrSetBuilder()
            .AddOwner("company", "The Consultancy", OwnerKind.Company)
            .AddOwner("head-marketing", "Head of Marketing", OwnerKind.Individual, "company")
            .AddPeriod(Period.Year(2026))
            .AddObjective("strategy", "Grow 20% in 12 months", "company", "2026")
            .AddKeyResult("leads", "Marketing generates 100 leads a month", "strategy", Measure.Metric(40, 100, unit: "leads/month"))
            .AddObjective("marketing", "Marketing generates 100 leads a month", "head-marketing", "2026")
            .AddKeyResult("mqls", "Monthly MQLs up 30%", "marketing", Measure.Metric(0, 30, current: 12, unit: "%"))
            .Cascade("marketing", "leads")
            .Build();
        var graph = Clean(set);
        Assert.Equal(["leads", "strategy"], graph["marketing"].Ancestors().Ids());
        Assert.Contains(graph.Edges, e => e.Kind == EdgeKind.Cascaded && e.Parent.Id == "leads");
    }

    [Fact]
    public void Localized()
    {
        var set = new OkrSetBuilder()
            .AddOwner("company", kind: OwnerKind.Company)
            .AddOwner("hr", "HR", OwnerKind.Department, "company")
            .AddPeriod(Period.Quarter(2026, 1))
            .AddObjective("growth", "Grow revenue 20% this year", "company", "2026-Q1")
            .AddKeyResult("new-customers", "Win 40 new customers", "growth", Measure.Metric(0, 40, current: 18))
            .AddObjective(new Objective
            {
                Id = "hr-growth",
                Title = "Hire the sales people growth needs",
                OwnerIds = ["hr"],
                PeriodId = "2026-Q1",
                LinkedKeyResultIds = ["new-customers"],
            })
            .AddKeyResult("hires", "Hire 6 account executives", "hr-growth", Measure.Metric(0, 6, current: 3))
            .Localize("hr-growth", "growth")
            .Build();
        var graph = Clean(set);
        Assert.Equal(["growth", "hr-growth"], graph["new-customers"].Parents.Ids().Order());
    }

    [Fact]
    public void BottomUpAndShared()
    {
        var bottomUp = new OkrSetBuilder()
            .AddOwner("techsolutions", "TechSolutions", OwnerKind.Company)
            .AddOwner("mobile", "Mobile App Team", OwnerKind.Team, "techsolutions")
            .AddPeriod(Period.Quarter(2026, 1))
            .AddObjective(new Objective
            {
                Id = "quality",
                Title = "Improve product quality",
                OwnerIds = ["techsolutions"],
                PeriodId = "2026-Q1",
                ProgressSource = ProgressSource.Both,
            })
            .AddKeyResult("bugs", "Reduce reported bugs by 30%", "quality", Measure.Metric(100, 70, current: 85))
            .AddObjective("mobile-app", "Make the mobile app a joy to use", "mobile", "2026-Q1")
            .AddKeyResult("app-rating", "App rating from 4.2 to 4.5", "mobile-app", Measure.Metric(4.2, 4.5, current: 4.38))
            .ContributeTo("mobile-app", "quality")
            .Build();
        var bottomUpGraph = Clean(bottomUp);
        Assert.Contains(bottomUpGraph.Edges, e => e.Kind == EdgeKind.BottomUp && e.Weight == 1);
        // The contribution counts because quality takes ProgressSource.Both: (0.5 + 0.6) / 2, as the page says; with
        // the default source quality is its bugs key result alone, 0.5.
        var day = new DateOnly(2026, 2, 15);
        Assert.Equal(0.55, bottomUpGraph.Rollup(day)["quality"].Progress!.Value, 1e-9);
        var byDefault = bottomUp with { Objectives = [.. bottomUp.Objectives.Select(o => o with { ProgressSource = ProgressSource.KeyResults })] };
        Assert.Equal(0.5, byDefault.Compile().ThrowIfFailed().Rollup(day)["quality"].Progress!.Value, 1e-9);
        var page = File.ReadAllText(Okr.Core.Tests.Support.SampleData.DocsPath("concepts.md"));
        Assert.Contains("ProgressSource = ProgressSource.Both,", page, StringComparison.Ordinal);
        Assert.Contains("stands at (0.5 + 0.6) / 2 = 0.55", page, StringComparison.Ordinal);
        Assert.DoesNotContain("// weight 1: counts", page, StringComparison.Ordinal);

        var shared = new OkrSetBuilder()
            .AddOwner("company", kind: OwnerKind.Company)
            .AddOwner("platform", kind: OwnerKind.Team, parentId: "company")
            .AddOwner("security", kind: OwnerKind.Team, parentId: "company")
            .AddPeriod(Period.Quarter(2026, 1))
            .AddObjective("quality", "Improve product quality", "company", "2026-Q1")
            .AddObjective("growth", "Grow revenue", "company", "2026-Q1")
            .AddObjective(new Objective { Id = "sso", Title = "One login for all products", OwnerIds = ["platform", "security"], PeriodId = "2026-Q1" })
            .AddKeyResult("sso-apps", "Products behind single sign-on", "sso", Measure.Metric(0, 5, current: 2))
            .Share("sso", "quality")
            .Share("sso", "growth")
            .Build();
        var graph = Clean(shared);
        Assert.Equal(2, graph["sso"].Parents.Count);
    }

    [Fact]
    public void RunnableExample()
    {
        var set = new OkrSetBuilder()
            .AddOwner("techsolutions", "TechSolutions", OwnerKind.Company)
            .AddOwner("product-dev", "Product Development", OwnerKind.Department, "techsolutions")
            .AddOwner("mobile", "Mobile App Team", OwnerKind.Team, "product-dev")
            .AddPeriod(Period.Quarter(2026, 1))
            .AddObjective("quality", "Improve product quality", "techsolutions", "2026-Q1")
            .AddKeyResult("bugs", "Reduce reported bugs by 30%", "quality", Measure.Metric(100, 70), "product-dev")
            .AddCheckIn("bugs", new DateOnly(2026, 1, 15), 95)
            .AddCheckIn("bugs", new DateOnly(2026, 2, 15), 85, Confidence.FromLevel(ConfidenceLevel.Medium))
            .AddObjective("mobile-app", "Make the mobile app a joy to use", "mobile", "2026-Q1")
            .AddKeyResult("app-rating", "App rating from 4.2 to 4.5", "mobile-app", Measure.Metric(4.2, 4.5, current: 4.38), "mobile")
            .ContributeTo("mobile-app", "quality")
            .Build();

        CompileResult result = set.Compile();
        Assert.Empty(result.Diagnostics);
        OkrGraph graph = result.ThrowIfFailed();
        var lines = graph.Nodes.Select(node => $"#{node.Index} {node.Kind} {node.Id} depth {node.Depth}").ToArray();
        Assert.Equal(["#0 KeyResult bugs depth 1", "#1 KeyResult app-rating depth 2", "#2 Objective mobile-app depth 1", "#3 Objective quality depth 0"], lines);

        var bugs = graph["bugs"].KeyResult!;
        var asOf = new DateOnly(2026, 2, 15);
        Assert.Equal(0.5, Scorer.RawProgress(bugs, asOf)!.Value, 1e-9);
        Assert.Equal(ProgressStatus.Behind, Scorer.Status(bugs, set.Periods[0], asOf));
        Assert.Equal("mobile-app, quality", string.Join(", ", graph["app-rating"].ImpactSet().Ids()));
        // quality is in the impact set although, taking its default source, it keeps its value: the page says so.
        var before = graph.Rollup(asOf)["quality"].Progress;
        var changed = set with { KeyResults = [.. set.KeyResults.Select(k => k.Id == "app-rating" ? k with { Measure = Measure.Metric(4.2, 4.5, current: 4.5) } : k)] };
        Assert.Equal(before, changed.Compile().ThrowIfFailed().Rollup(asOf)["quality"].Progress);
        var page = File.ReadAllText(Okr.Core.Tests.Support.SampleData.DocsPath("concepts.md")).ReplaceLineEndings(" ").Replace("\n", " ");
        Assert.Contains("every ancestor reached through edges of weight above 0, in index order", page, StringComparison.Ordinal);
    }

    [Fact]
    public void DiagnosticsPage_FormatAndMatch()
    {
        var set = new OkrSet
        {
            Owners = [new Owner { Id = "team" }],
            Objectives = [new Objective { Id = "o", Title = "O", OwnerIds = ["team"] }],
            KeyResults = [new KeyResult { Id = "k1", Title = "K", ObjectiveId = "o", Measure = Measure.Metric(5, 5) }],
        };
        var result = set.Compile();
        Assert.Equal(
            "error OKR0106 at $.keyResults[0].measure.target: Key result 'k1' starts and targets 5, so there is no distance to measure; use a threshold to keep a value. [k1]",
            Assert.Single(result.Diagnostics).ToString());
        Assert.DoesNotContain(result.Errors, d => d.Code == DiagnosticCodes.Cycle);
    }
}
