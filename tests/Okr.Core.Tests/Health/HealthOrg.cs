using System.Globalization;

namespace Okr.Core.Tests.Health;

/// <summary>
/// Small, healthy organisations for the health tests: a company with a sales and an engineering department, one
/// team in each, a top objective supported by both departments, every objective with 3 measured key results that
/// were checked in recently. Objectives take their progress from their key results and their children (so the
/// alignments to them count, OKR0514). Each test adds the one defect it is about.
/// </summary>
internal static class HealthOrg
{
    public static readonly Period Quarter = Period.Quarter(2026, 1, parentId: "2026");
    public static readonly Period Year = Period.Year(2026);
    public static readonly DateOnly AsOf = new(2026, 2, 15);
    public static readonly DateOnly Recent = new(2026, 2, 10);

    /// <summary>The healthy base: no finding at <see cref="AsOf"/>.</summary>
    public static OkrSetBuilder Builder()
    {
        var b = new OkrSetBuilder()
            .AddOwner("acme", "Acme", OwnerKind.Company)
            .AddOwner("sales", "Sales", OwnerKind.Department, "acme")
            .AddOwner("eng", "Engineering", OwnerKind.Department, "acme")
            .AddOwner("sales-emea", "Sales EMEA", OwnerKind.Team, "sales")
            .AddOwner("platform", "Platform", OwnerKind.Team, "eng")
            .AddPeriod(Year)
            .AddPeriod(Quarter);
        Objective(b, "grow", "Grow revenue", "acme");
        Objective(b, "sales-o", "Win more deals", "sales");
        b.ContributeTo("sales-o", "grow");
        Objective(b, "eng-o", "Make the product faster", "eng");
        b.Localize("eng-o", "grow");
        return b;
    }

    /// <summary>Adds an objective in the quarter with <paramref name="keyResults"/> measured key results checked in on <see cref="Recent"/>.</summary>
    public static OkrSetBuilder Objective(OkrSetBuilder b, string id, string title, string? owner, int keyResults = 3, string? period = "2026-Q1", DateOnly? checkIn = null, ProgressSource progressSource = ProgressSource.Both)
    {
        b.AddObjective(new Objective { Id = id, Title = title, OwnerIds = owner is null ? [] : [owner], PeriodId = period, ProgressSource = progressSource });
        for (var k = 1; k <= keyResults; k++)
        {
            var kr = id + "-kr" + k.ToString(CultureInfo.InvariantCulture);
            b.AddKeyResult(kr, "Key result " + kr, id, Measure.Metric(0, 100), owner);
            b.AddCheckIn(kr, checkIn ?? Recent, 10 * k);
        }
        return b;
    }

    public static OkrGraph Compile(OkrSetBuilder b)
    {
        var result = b.Build().Compile();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Graph!;
    }

    public static HealthReport Analyze(OkrSetBuilder b, HealthOptions? options = null, DateOnly? asOf = null)
        => HealthAnalyzer.AnalyzeHealth(Compile(b), asOf ?? AsOf, options);

    public static HealthFinding[] Only(HealthReport report, string code) => [.. report.FindingsWithCode(code)];
}
