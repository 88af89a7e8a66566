using System.Globalization;

namespace Okr.Samples;

/// <summary>
/// One team objective, aligned the four ways side by side: cascaded from a company key result, localized to the
/// company objective, bottom-up with a declared contribution, and shared by two departments between two company
/// objectives. Prints what each does to the numbers and writes the SVG map of each, so the difference is visible.
/// </summary>
public static class FourWaysSample
{
    /// <summary>The day the sample looks from: the middle of the quarter.</summary>
    public static readonly DateOnly AsOf = new(2026, 2, 15);

    /// <summary>The four ways, in the order the sample shows them.</summary>
    public static readonly IReadOnlyList<string> Ways = ["cascaded", "localized", "bottom-up", "shared"];

    /// <summary>Builds the four sets, prints their numbers and writes <c>WAY.svg</c> for each into <paramref name="outputDirectory"/>.</summary>
    public static int Run(TextWriter output, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(outputDirectory);
        Directory.CreateDirectory(outputDirectory);
        output.WriteLine($"One team objective, 'Make the mobile app a joy to use' (rating 60%, crashes 50%), aligned four ways, as of {AsOf:yyyy-MM-dd}.");
        output.WriteLine("The company's own key results stand at 50% each (bugs 100 -> 70 at 85; satisfaction 4.2 -> 4.5 at 4.35).");
        output.WriteLine();
        output.WriteLine("way         team    quality  satisfaction  what the alignment does to the numbers");
        foreach (var way in Ways)
        {
            var graph = Build(way).Compile().ThrowIfFailed();
            var rollup = graph.Rollup(AsOf);
            var satisfaction = graph.Contains("satisfaction") ? Percent(rollup["satisfaction"].Progress) : "    --";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{way,-10}  {Percent(rollup["mobile-app"].Progress)}  {Percent(rollup["quality"].Progress)}   {satisfaction}        {Effect(way, rollup)}"));
            var path = Path.Combine(outputDirectory, way + ".svg");
            File.WriteAllText(path, SvgMap.Write(rollup));
        }
        output.WriteLine();
        output.WriteLine($"Wrote the map of each way to {Path.Combine(outputDirectory, "{" + string.Join(",", Ways) + "}.svg")}:");
        output.WriteLine("  cascaded   a thick blue edge into the company card, whose derived key result row is marked by a blue bar");
        output.WriteLine("  localized  a purple edge into the company objective; the copied-down key result shows in italics in the team card");
        output.WriteLine("  bottom-up  a green edge into the company objective, counted at the declared weight");
        output.WriteLine("  shared     one card, owned by two departments, with an orange edge to each of two company objectives");
        return 0;
    }

    /// <summary>One line on how the team objective enters the company's numbers.</summary>
    private static string Effect(string way, RollupResult rollup)
    {
        var team = rollup.Graph["mobile-app"];
        return way switch
        {
            "cascaded" => $"the key result 'app-joy' is derived from the team: {Percent(rollup["app-joy"].Progress).Trim()}, one of quality's three inputs",
            "localized" => "quality ignores the team (its key results only); the team counts 'bugs', copied down by reference",
            "bottom-up" => "quality counts the team at the declared weight 0.5 beside its two key results",
            _ => string.Join(", ", rollup.GetShares(team).Select(s => string.Create(CultureInfo.InvariantCulture, $"share to {s.Parent.Id} {s.Share:0.00}")))
                + ": full progress to each parent, influence split, never counted twice",
        };
    }

    private static string Percent(double? progress)
        => progress is { } p ? string.Create(CultureInfo.InvariantCulture, $"{p * 100,5:0.0}%") : "    --";

    /// <summary>The company, the team and its objective, aligned one way.</summary>
    public static OkrSet Build(string way)
    {
        var shared = way == "shared";
        var builder = new OkrSetBuilder()
            .WithName($"Four ways: {way}")
            .AddOwner("techsolutions", "TechSolutions", OwnerKind.Company)
            .AddOwner("product-dev", "Product Development", OwnerKind.Department, "techsolutions")
            .AddOwner("support", "Customer Support", OwnerKind.Department, "techsolutions")
            .AddOwner("mobile", "Mobile App Team", OwnerKind.Team, "product-dev")
            .AddPeriod(Period.Quarter(2026, 1))
            .AddObjective(new Objective
            {
                Id = "quality",
                Title = "Improve product quality",
                OwnerIds = ["techsolutions"],
                PeriodId = "2026-Q1",
                // Bottom-up and shared contributions count only where the parent counts its children.
                ProgressSource = way is "bottom-up" or "shared" ? ProgressSource.Both : ProgressSource.KeyResults,
            })
            .AddKeyResult("bugs", "Reduce reported bugs by 30%", "quality", Measure.Metric(100, 70, current: 85), "product-dev")
            .AddKeyResult("csat", "Customer satisfaction from 4.2 to 4.5", "quality", Measure.Metric(4.2, 4.5, current: 4.35), "support")
            .AddObjective(new Objective
            {
                Id = "mobile-app",
                Title = "Make the mobile app a joy to use",
                OwnerIds = shared ? ["product-dev", "support"] : ["mobile"],
                PeriodId = "2026-Q1",
                LinkedKeyResultIds = way == "localized" ? ["bugs"] : [],
            })
            .AddKeyResult("app-rating", "App rating from 4.2 to 4.5", "mobile-app", Measure.Metric(4.2, 4.5, current: 4.38))
            .AddKeyResult("app-crashes", "Reduce app crashes by 20%", "mobile-app", Measure.Metric(100, 80, current: 90));
        switch (way)
        {
            case "cascaded":
                // The company writes a key result for the app; the team takes it as its objective; it rolls up from the team.
                builder.AddKeyResult(new KeyResult
                {
                    Id = "app-joy",
                    Title = "The mobile app becomes a joy to use",
                    ObjectiveId = "quality",
                    OwnerId = "mobile",
                    Measure = Measure.Metric(0, 100, unit: "%"),
                    Derived = true,
                });
                builder.Cascade("mobile-app", "app-joy");
                break;
            case "localized":
                builder.Localize("mobile-app", "quality");
                break;
            case "bottom-up":
                builder.ContributeTo("mobile-app", "quality", weight: 0.5);
                break;
            case "shared":
                builder.AddObjective(new Objective
                {
                    Id = "satisfaction",
                    Title = "Customers love the product",
                    OwnerIds = ["techsolutions"],
                    PeriodId = "2026-Q1",
                    ProgressSource = ProgressSource.Both,
                });
                builder.AddKeyResult("nps", "NPS from 30 to 50", "satisfaction", Measure.Metric(30, 50, current: 40), "support");
                builder.Share("mobile-app", "quality");
                builder.Share("mobile-app", "satisfaction");
                break;
            default:
                throw new ArgumentException($"'{way}' is not one of the four ways: {string.Join(", ", Ways)}.", nameof(way));
        }
        return builder.Build();
    }
}
