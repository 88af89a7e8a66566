using System.Text.RegularExpressions;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Rollup;

/// <summary>Keeps docs/rollup.md true: its first example is run here verbatim-equivalent, and its text checked.</summary>
public sealed partial class RollupDocTests
{
    private static string Doc() =>
        File.ReadAllText(Okr.Core.Tests.Support.SampleData.DocsPath("rollup.md")).ReplaceLineEndings("\n");

    private static List<string> CodeBlocks() => [.. CSharpBlock().Matches(Doc()).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("```csharp\n(.*?)```", RegexOptions.Singleline)]
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
        var result = RollupEngine.Rollup(sales.Compile().ThrowIfFailed(), new DateOnly(2026, 2, 15));
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
        var result = RollupEngine.Rollup(RollupExampleCascade(), new DateOnly(2026, 6, 30));
        Assert.Contains($"**{result["mql-growth"].Progress:0.00}**", doc, StringComparison.Ordinal);
        Assert.Contains($"**{result["marketing"].Progress:0.00}**", doc, StringComparison.Ordinal);
        Assert.Contains($"**{result["strategy"].Progress:0.000}**", doc, StringComparison.Ordinal);
    }

    [Fact]
    public void The_correction_example_gives_the_number_it_shows()
    {
        var block = CodeBlocks().Single(b => b.Contains("CorrectCheckIn", StringComparison.Ordinal));
        var state = RollupEngine.CreateRollupState(RollupExampleCascade(), new DateOnly(2026, 6, 30));
        state.ApplyCheckIn("lead-magnets", new CheckIn { Date = new DateOnly(2026, 6, 1), Value = 8 });
        state.CorrectCheckIn("lead-magnets", new CheckIn { Date = new DateOnly(2026, 6, 1), Value = 6, Note = "typo: 6, not 8" });
        Assert.Contains("Value = 6", block, StringComparison.Ordinal);
        Assert.Contains($"// {state["strategy"].Progress:0.000} again", block, StringComparison.Ordinal);
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
