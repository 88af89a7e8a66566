namespace Okr.Core.Tests.Support;

/// <summary>
/// The worked examples of the OKR domain notes, built in code, shared by every test class.
/// Numbers here are the ones the tests assert on; change them only together with those tests.
/// </summary>
public static class WorkedExamples
{
    public static readonly DateOnly QuarterStart = new(2026, 1, 1);
    public static readonly DateOnly QuarterEnd = new(2026, 3, 31);
    public static readonly DateOnly MidQuarter = new(2026, 2, 15);

    /// <summary>
    /// TechSolutions, one quarter: the company objective "Improve product quality" with four department key results
    /// (bugs 100 -> 70 at 85: 0.5; satisfaction 4.2 -> 4.5 at 4.35: 0.5; retention +0 -> +20% at +5: 0.25;
    /// automated tests for all major features: a milestone not yet done: 0), and a mobile app team's bottom-up objective.
    /// </summary>
    public static OkrSet TechSolutions() => new OkrSetBuilder()
        .WithName("TechSolutions Q1 2026")
        .AddOwner("techsolutions", "TechSolutions", OwnerKind.Company)
        .AddOwner("product-dev", "Product Development", OwnerKind.Department, "techsolutions")
        .AddOwner("support", "Customer Support", OwnerKind.Department, "techsolutions")
        .AddOwner("sales-marketing", "Sales and Marketing", OwnerKind.Department, "techsolutions")
        .AddOwner("engineering", "Engineering", OwnerKind.Department, "techsolutions")
        .AddOwner("mobile", "Mobile App Team", OwnerKind.Team, "product-dev")
        .AddPeriod(Period.Quarter(2026, 1))
        .AddObjective("quality", "Improve product quality", "techsolutions", "2026-Q1")
        .AddKeyResult("bugs", "Reduce reported bugs by 30% by quarter end", "quality", Measure.Metric(100, 70, current: 85, unit: "bugs"), "product-dev")
        .AddKeyResult("csat", "Raise customer satisfaction from 4.2 to 4.5", "quality", Measure.Metric(4.2, 4.5, current: 4.35, unit: "/5"), "support")
        .AddKeyResult("retention", "Increase customer retention by 20%", "quality", Measure.Metric(0, 20, current: 5, unit: "%"), "sales-marketing")
        .AddKeyResult("autotests", "Automated tests for all major features released this quarter", "quality", Measure.Binary("All major features covered"), "engineering")
        .AddObjective("mobile-app", "Make the mobile app a joy to use", "mobile", "2026-Q1")
        .AddKeyResult("app-rating", "App rating from 4.2 to 4.5 within three months", "mobile-app", Measure.Metric(4.2, 4.5, current: 4.38, unit: "stars"), "mobile")
        .AddKeyResult("app-crashes", "Reduce app crashes by 20%", "mobile-app", Measure.Metric(100, 80, current: 90, unit: "crashes/week"), "mobile")
        .AddKeyResult("app-features", "Ship the top user-requested features", "mobile-app", Measure.Milestones(
            new Milestone { Title = "Offline mode", Done = true },
            new Milestone { Title = "Dark theme", Done = true },
            new Milestone { Title = "Widgets", Done = false },
            new Milestone { Title = "Share sheet", Done = false }), "mobile")
        .ContributeTo("mobile-app", "quality")
        .Build();

    /// <summary>
    /// The consultancy's three-level cascade: company "Strategy" -> Head of Marketing (from the leads KR) ->
    /// Marketing Manager (two objectives, from the MQL and email-list KRs).
    /// </summary>
    public static OkrSet ConsultancyCascade() => new OkrSetBuilder()
        .WithName("Consultancy cascade")
        .AddOwner("company", "The Consultancy", OwnerKind.Company)
        .AddOwner("head-marketing", "Head of Marketing", OwnerKind.Individual, "company")
        .AddOwner("marketing-manager", "Marketing Manager", OwnerKind.Individual, "head-marketing")
        .AddPeriod(Period.Year(2026))
        .AddObjective("strategy", "Grow 20% in 12 months at a 30% gross margin and 15% profit", "company", "2026")
        .AddKeyResult("leads", "Marketing generates 100 leads a month at 30% conversion", "strategy", Measure.Metric(40, 100, unit: "leads/month"), "head-marketing")
        .AddKeyResult("partners", "Channel partners deliver 10 SQLs a month at 60% conversion", "strategy", Measure.Metric(4, 10, current: 7, unit: "SQLs/month"))
        .AddKeyResult("retention", "Customer retention at 85% or more", "strategy", Measure.AtLeast(85, current: 88, unit: "%"))
        .AddKeyResult("collaboration", "Collaboration software rolled out", "strategy", Measure.Binary("Rolled out", done: true))
        .AddKeyResult("new-product", "New product gives a 10% sales uplift", "strategy", Measure.Metric(0, 10, current: 2, unit: "%"))
        .AddObjective("marketing", "Marketing generates 100 leads a month at 30% conversion", "head-marketing", "2026")
        .AddKeyResult("email-list", "Grow the email list 20% year on year", "marketing", Measure.Metric(0, 20, unit: "%"), "head-marketing")
        .AddKeyResult("assistants", "Hire 2 marketing assistants", "marketing", Measure.Metric(0, 2, current: 1, unit: "people"))
        .AddKeyResult("nps", "NPS of 65 or more", "marketing", Measure.AtLeast(65, current: 61))
        .AddKeyResult("mqls", "Monthly MQLs up 30%", "marketing", Measure.Metric(0, 30, unit: "%"), "head-marketing")
        .AddKeyResult("events", "Attend 5 high-profile events", "marketing", Measure.Metric(0, 5, current: 2, unit: "events"))
        .Cascade("marketing", "leads")
        .AddObjective("mql-growth", "Monthly MQLs up 30%", "marketing-manager", "2026")
        .AddKeyResult("lead-magnets", "Launch 10 new lead magnets", "mql-growth", Measure.Metric(0, 10, current: 6, unit: "lead magnets"))
        .AddKeyResult("journeys", "Automated follow-up journeys drive 10% of traffic back", "mql-growth", Measure.Metric(0, 10, current: 3, unit: "%"))
        .Cascade("mql-growth", "mqls")
        .AddObjective("list-growth", "Grow the email list 20% year on year", "marketing-manager", "2026")
        .AddKeyResult("social", "Social campaigns lift sign-ups 15%", "list-growth", Measure.Metric(0, 15, current: 9, unit: "%"))
        .AddKeyResult("cross-promo", "Sign one new cross-promotion partner", "list-growth", Measure.Binary("Partner signed"))
        .Cascade("list-growth", "email-list")
        .Build();

    /// <summary>HR localizes the company growth objective: hires and days from first interview to offer.</summary>
    public static OkrSet HrLocalization() => new OkrSetBuilder()
        .WithName("HR localization")
        .AddOwner("company", "Company", OwnerKind.Company)
        .AddOwner("hr", "HR", OwnerKind.Department, "company")
        .AddOwner("sales", "Sales", OwnerKind.Department, "company")
        .AddPeriod(Period.Quarter(2026, 1))
        .AddObjective("growth", "Grow revenue 20% this year", "company", "2026-Q1")
        .AddKeyResult("revenue", "Quarterly revenue from 1.0M to 1.2M", "growth", Measure.Metric(1_000_000, 1_200_000, current: 1_080_000, unit: "EUR"), "sales")
        .AddKeyResult("new-customers", "Win 40 new customers", "growth", Measure.Metric(0, 40, current: 18, unit: "customers"), "sales")
        .AddObjective(new Objective
        {
            Id = "hr-growth",
            Title = "Hire the sales people growth needs",
            OwnerIds = ["hr"],
            PeriodId = "2026-Q1",
            LinkedKeyResultIds = ["new-customers"],
        })
        .AddKeyResult("hires", "Hire 6 account executives", "hr-growth", Measure.Metric(0, 6, current: 3, unit: "hires"), "hr")
        .AddKeyResult("time-to-offer", "Days from first interview to offer from 30 to 15", "hr-growth", Measure.Metric(30, 15, current: 24, unit: "days"), "hr")
        .Localize("hr-growth", "growth")
        .Build();
}
