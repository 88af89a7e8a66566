using System.Text.RegularExpressions;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Rollup;

/// <summary>
/// Keeps docs/rollup.md true: its examples are run here (DocExamplesCompileTests compiles them as written), and every
/// number they show is the engine's.
/// </summary>
public sealed partial class RollupDocTests
{
    private static string Doc() =>
        File.ReadAllText(Okr.Core.Tests.Support.SampleData.DocsPath("rollup.md")).ReplaceLineEndings("\n");

    private static List<string> CodeBlocks() => [.. CSharpBlock().Matches(Doc()).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("```csharp[^\n]*\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [Fact]
    public void The_sales_example_prints_what_the_doc_says()
    {
        var block = CodeBlocks()[0];
        // The same program as the doc's first block.
        var sales = new OkrSetBuilder()
            .AddOwner("sales", "Sales", OwnerKind.Department)
            .AddPeriod(Period.Quarter(2026, 1))
            .AddObjective(new Objective { Id = "sales", Title = "Sell across all regions", OwnerIds = ["sales"], PeriodId = "2026-Q1", WeightByTarget = true })
            .AddKeyResult("north", "North sells 100k", "sales", Measure.Metric(0, 100_000, current: 50_000, unit: "EUR"), "sales")
            .AddKeyResult("south", "South sells 20k", "sales", Measure.Metric(0, 20_000, current: 20_000, unit: "EUR"), "sales")
            .AddKeyResult("online", "Online sells 1k", "sales", Measure.Metric(0, 1_000, current: 0, unit: "EUR"), "sales")
            .Build();
        var result = sales.Compile().ThrowIfFailed().Rollup(new DateOnly(2026, 2, 15));
        Assert.Equal("0.579", $"{result["sales"].Progress:0.000}");
        Assert.Equal("0.826", $"{result.GetContributions(result.Graph["north"]).Single().Weight:0.000}");
        // ...and the doc still shows that program and those outputs.
        Assert.Contains("WeightByTarget = true", block, StringComparison.Ordinal);
        Assert.Contains("Measure.Metric(0, 100_000, current: 50_000, unit: \"EUR\")", block, StringComparison.Ordinal);
        Assert.Contains("// 0.579", block, StringComparison.Ordinal);
        Assert.Contains("// 0.826", block, StringComparison.Ordinal);
    }

    [Fact]
    public void The_worked_numbers_in_the_text_are_the_engines()
    {
        var doc = Doc();
        var result = RollupExampleCascade().Rollup(new DateOnly(2026, 6, 30));
        Assert.Contains($"**{result["mql-growth"].Progress:0.00}**", doc, StringComparison.Ordinal);
        Assert.Contains($"**{result["marketing"].Progress:0.00}**", doc, StringComparison.Ordinal);
        Assert.Contains($"**{result["strategy"].Progress:0.000}**", doc, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shares_example_prints_what_the_doc_says()
    {
        var block = CodeBlocks().Single(b => b.Contains("GetShares", StringComparison.Ordinal));
        var set = new OkrSetBuilder()
            .AddOwner("company", kind: OwnerKind.Company)
            .AddOwner("platform", kind: OwnerKind.Team, parentId: "company")
            .AddPeriod(Period.Quarter(2026, 1))
            .AddObjective(new Objective { Id = "revenue", Title = "Grow revenue", OwnerIds = ["company"], PeriodId = "2026-Q1", ProgressSource = ProgressSource.Children })
            .AddObjective(new Objective { Id = "service", Title = "Delight customers", OwnerIds = ["company"], PeriodId = "2026-Q1", ProgressSource = ProgressSource.Children })
            .AddObjective("api", "Open the platform to partners", "platform", "2026-Q1")
            .AddKeyResult("endpoints", "Public API endpoints live", "api", Measure.Metric(0, 20, current: 10))
            .Share("api", "revenue", weight: 3)
            .Share("api", "service", weight: 1)
            .Build();
        var result = set.Compile().ThrowIfFailed().Rollup(new DateOnly(2026, 2, 15));
        var shares = result.GetShares(result.Graph["api"]).Select(s => $"{s.Parent.Id}: {s.Share:0.00}").ToArray();
        Assert.Equal(["revenue: 0.75", "service: 0.25"], shares);
        Assert.Contains($"// {shares[0]}, then {shares[1]}", block, StringComparison.Ordinal);
        Assert.Contains($"// {result["revenue"].Progress:0.00} {result["service"].Progress:0.00}: each parent sees the full {result["api"].Progress:0.0}", block, StringComparison.Ordinal);
        Assert.Contains(".Share(\"api\", \"revenue\", weight: 3)", block, StringComparison.Ordinal);
        Assert.Contains("ProgressSource = ProgressSource.Children", block, StringComparison.Ordinal);
    }

    [Fact]
    public void The_live_update_example_runs_on_the_sample_file_with_the_numbers_it_shows()
    {
        // The lines of the "Incremental updates" blocks, on samples/data/consultancy-cascade.json itself.
        var live = CodeBlocks().Single(b => b.Contains("CreateRollupState", StringComparison.Ordinal));
        var correction = CodeBlocks().Single(b => b.Contains("CorrectCheckIn", StringComparison.Ordinal));
        Assert.Contains("OkrJson.ReadFile(\"samples/data/consultancy-cascade.json\")", live, StringComparison.Ordinal);
        Assert.Contains("k.Id == \"leads\" ? k with { Derived = true } : k", live, StringComparison.Ordinal);

        var set = OkrJson.ReadFile(Okr.Core.Tests.Support.SampleData.PathOf("consultancy-cascade.json"));
        set = set with { KeyResults = [.. set.KeyResults.Select(k => k.Id == "leads" ? k with { Derived = true } : k)] };
        var graph = set.Compile().ThrowIfFailed();
        var asOf = new DateOnly(2026, 6, 30);

        var state = graph.CreateRollupState(asOf);
        Assert.Contains($"// {state["strategy"].Progress:0.000}\n", live, StringComparison.Ordinal);
        state.ApplyCheckIn("lead-magnets", new CheckIn { Date = new DateOnly(2026, 6, 1), Value = 8 });
        Assert.Contains($"// {state["mql-growth"].Progress:0.00} {state["marketing"].Progress:0.00} {state["strategy"].Progress:0.000}\n", live, StringComparison.Ordinal);

        state.CorrectCheckIn("lead-magnets", new CheckIn { Date = new DateOnly(2026, 6, 1), Value = 6, Note = "typo: 6, not 8" });
        Assert.Contains("Value = 6", correction, StringComparison.Ordinal);
        Assert.Contains($"// {state["strategy"].Progress:0.000} again", correction, StringComparison.Ordinal);
        // The worked cascade of the text is the file's, with "leads" derived.
        Assert.Equal(RollupExampleCascade().Rollup(asOf)["strategy"].Progress!.Value, state["strategy"].Progress!.Value, 1e-12);

        // The batch that follows is accepted as written.
        state.ApplyCheckIns(
        [
            new KeyResultCheckIn("journeys", new CheckIn { Date = new DateOnly(2026, 6, 15), Value = 5 }),
            new KeyResultCheckIn("social", new CheckIn { Date = new DateOnly(2026, 6, 15), Value = 12 }),
        ]);
        Assert.Contains("new KeyResultCheckIn(\"journeys\", new CheckIn { Date = new DateOnly(2026, 6, 15), Value = 5 })", correction, StringComparison.Ordinal);
    }

    private static OkrGraph RollupExampleCascade()
    {
        var cascade = WorkedExamples.ConsultancyCascade();
        cascade = cascade with { KeyResults = [.. cascade.KeyResults.Select(k => k.Id is "leads" or "mqls" or "email-list" ? k with { Derived = true } : k)] };
        return cascade.Compile().ThrowIfFailed();
    }

    [Fact]
    public void The_custom_strategy_example_is_the_one_the_tests_register()
    {
        var block = CodeBlocks().Single(b => b.Contains("IRollupStrategy", StringComparison.Ordinal));
        Assert.Contains("public string Name => \"maximum\";", block, StringComparison.Ordinal);
        Assert.Contains("RollupOptions.Default.WithStrategy(new Maximum())", block, StringComparison.Ordinal);
    }
}
