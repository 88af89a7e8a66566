using FsCheck;
using FsCheck.Fluent;
using Okr.Core.Interop;
using Okr.Core.Tests.Arbitraries;

namespace Okr.Core.Tests.Interop;

/// <summary>The CSV template: export then import gives an equal set; other tools' sheets import through a header map; bad rows are reported each at its row and column.</summary>
public sealed class OkrCsvTests
{
    [OkrProperty(Runs = 200, Arbitrary = [typeof(OrgArbitraries)])]
    public Property ExportThenImport_GivesAnEqualSet(Org org)
    {
        var csv = OkrCsv.Export(org.Set);
        var import = OkrCsv.Import(csv);
        return (import.Succeeded && org.Set.Equals(import.Set)).Label(csv + "\n" + string.Join("\n", import.Diagnostics));
    }

    [Fact]
    public void ExportThenImport_OfTheVivaSample_GivesAnEqualSet()
    {
        var set = VivaGoalsImport.Read(VivaGoalsImportTests.ExportPath).ThrowIfFailed();
        var import = OkrCsv.Import(OkrCsv.Export(set));
        Assert.True(import.Succeeded, string.Join("\n", import.Diagnostics));
        Assert.Equal(set, import.Set);
    }

    [Fact]
    public void ExportThenImport_OfEverySample_GivesAnEqualSet()
    {
        foreach (var file in Support.SampleData.Files)
        {
            var set = OkrJson.ReadFile(file);
            var import = OkrCsv.Import(OkrCsv.Export(set));
            Assert.True(import.Succeeded, file + "\n" + string.Join("\n", import.Diagnostics));
            Assert.Equal(set, import.Set);
        }
    }

    [Fact]
    public void Export_WritesTheTemplateColumnsAndOneRowPerItem()
    {
        var set = new OkrSetBuilder()
            .AddOwner("acme", "Acme", OwnerKind.Company)
            .AddPeriod(Period.Quarter(2026, 1))
            .AddObjective("quality", "Improve product quality", "acme", "2026-Q1")
            .AddKeyResult("bugs", "Reduce bugs, by 30%", "quality", Measure.Metric(100, 70, current: 85, unit: "bugs"))
            .Build();
        var lines = OkrCsv.Export(set).ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", OkrCsv.Columns), lines[0]);
        Assert.Equal(5, lines.Length); // the header, the owner, the period, the objective, the key result
        Assert.StartsWith("keyResult,bugs,\"Reduce bugs, by 30%\",quality,,1,,,,,,,metric,100,70,85,bugs,,measured,", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Peoplebox_MapsRowIdsParentsEmailsAndCycles()
    {
        const string Sheet = """
            Row ID,Parent Row IDs,Parent Goal IDs,Goal ID,Action,Goal Title,Owner Emails,Goal Cycle,Goal Type,Scope,Starting Value,Target Value,Current Value,Check-in Type
            1,,,G-100,Create,Grow revenue 20%,ceo@acme.example,Q1 2026,Objective,Company,,,,Auto Rollup
            2,1,,G-101,Create,New customers,"sales@acme.example",Q1 2026,Key Result,Department,0,40,18,Manual
            3,1,,G-102,Create,Churn down to 5%,cs@acme.example,Q1 2026,Key Result,Department,"8,000",5000,6500,External Source
            4,1,,G-103,Create,Hire the sales people growth needs,hr@acme.example,Q1 2026,Objective,Department,,,,Auto Rollup
            """;
        var import = OkrCsv.Import(Sheet, CsvHeaderMap.Peoplebox);
        Assert.True(import.Succeeded, string.Join("\n", import.Diagnostics));
        var set = import.Set!;
        Assert.Equal(["1", "4"], set.Objectives.Select(o => o.Id));
        Assert.Equal(ProgressSource.Both, set.Objectives[0].ProgressSource);
        Assert.Equal(["ceo@acme.example"], set.Objectives[0].OwnerIds);
        var quarter = Assert.Single(set.Periods);
        Assert.Equal(("Q1 2026", new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), (quarter.Id, quarter.Start, quarter.End));
        var customers = set.KeyResults.Single(k => k.Id == "2");
        Assert.Equal(("1", "sales@acme.example"), (customers.ObjectiveId, customers.OwnerId));
        var metric = Assert.IsType<MetricMeasure>(customers.Measure);
        Assert.Equal((0.0, 40.0, (double?)18.0), (metric.Start, metric.Target, metric.Current));
        var churn = Assert.IsType<MetricMeasure>(set.KeyResults.Single(k => k.Id == "3").Measure);
        Assert.Equal((8000.0, 5000.0, true), (churn.Start, churn.Target, churn.IsDecreasing));
        // Peoplebox's own columns are kept on each item.
        Assert.Equal("\"G-101\"", customers.Extensions["x-csv-goal-id"]);
        Assert.Equal("\"Department\"", customers.Extensions["x-csv-scope"]);
        var hr = Assert.Single(set.Alignments);
        Assert.Equal(("4", "1", AlignmentKind.BottomUp), (hr.ChildId, hr.ParentId, hr.Kind));
        Assert.Equal(0.45, set.Compile().ThrowIfFailed().Rollup(new DateOnly(2026, 2, 15))["2"].Progress!.Value, 1e-9);
    }

    [Fact]
    public void Import_Betterworks_PutsMilestonesUnderTheGoalAbove()
    {
        const string Sheet = """
            name,type,progress,start_date,end_date,owner_email,categories,description
            Launch the partner programme,goal,,2026-01-01,2026-03-31,ana@acme.example,Growth,Partners bring 10 deals
            Sign 5 partners,milestone,60,2026-01-01,2026-03-31,ana@acme.example,Growth,
            Train partner sales teams,milestone,25,2026-01-01,2026-03-31,ben@acme.example,Enablement,
            """;
        var import = OkrCsv.Import(Sheet, CsvHeaderMap.Betterworks);
        Assert.True(import.Succeeded, string.Join("\n", import.Diagnostics));
        var set = import.Set!;
        var goal = Assert.Single(set.Objectives);
        Assert.Equal(("row-2", "Launch the partner programme", "2026-01-01..2026-03-31", "Partners bring 10 deals"), (goal.Id, goal.Title, goal.PeriodId, goal.Description));
        Assert.Equal("\"Growth\"", goal.Extensions["x-csv-categories"]);
        Assert.Equal(["row-3", "row-4"], set.KeyResults.Select(k => k.Id));
        Assert.All(set.KeyResults, k => Assert.Equal("row-2", k.ObjectiveId));
        var partners = Assert.IsType<MetricMeasure>(set.KeyResults[0].Measure);
        Assert.Equal((0.0, 100.0, (double?)60.0, "%"), (partners.Start, partners.Target, partners.Current, partners.Unit));
        Assert.Equal("ben@acme.example", set.KeyResults[1].OwnerId);
        // (0.6 + 0.25) / 2 = 0.425
        Assert.Equal(0.425, set.Compile().ThrowIfFailed().Rollup(new DateOnly(2026, 2, 15))["row-2"].Progress!.Value, 1e-9);
    }

    [Fact]
    public void Import_BadRows_AreEachReportedWithRowAndColumn()
    {
        const string Sheet = """
            type,id,title,parentIds,measure,start,target,current,periodStart
            objective,o1,Grow,,,,,,
            keyResult,k1,Leads,o1,metric,10,12x,,
            keyResult,k2,Deals,o1,metric,0,20,5,
            objective,o2,Hire,nowhere,,,,,2026-13-01
            widget,w1,What,,,,,,
            keyResult,k1,Twice,o1,metric,0,5,,
            """;
        var import = OkrCsv.Import(Sheet);
        Assert.False(import.Succeeded);
        Assert.Null(import.Set);
        var errors = import.Diagnostics.Where(d => d.IsError).Select(d => (d.Code, d.Line, d.Column)).ToList();
        Assert.Contains((DiagnosticCodes.CsvBadValue, (long?)3, (long?)7), errors);      // 12x is no number
        Assert.Contains((DiagnosticCodes.CsvBadValue, (long?)5, (long?)9), errors);      // no 13th month
        Assert.Contains((DiagnosticCodes.CsvBadReference, (long?)5, (long?)4), errors);  // no row 'nowhere'
        Assert.Contains((DiagnosticCodes.CsvBadValue, (long?)6, (long?)1), errors);      // no type 'widget'
        Assert.Contains((DiagnosticCodes.CsvBadReference, (long?)7, (long?)2), errors);  // k1 twice
        Assert.True(5 == errors.Count, string.Join("\n", import.Diagnostics));
        var text = import.Diagnostics.First(d => d.Line == 3).ToString();
        Assert.Equal("error OKR0611 (line 3, column 7): Row 3, column 'target': '12x' is not a number (write 2000, 2,000 or 12.5). [k1]", text);
    }

    [Fact]
    public void Import_MissingTitleColumn_IsAHeaderError()
    {
        var import = OkrCsv.Import("type,id\nobjective,o1\n");
        var error = Assert.Single(import.Diagnostics);
        Assert.Equal((DiagnosticCodes.CsvBadHeader, (long?)1), (error.Code, error.Line));
    }

    [Fact]
    public void HeaderMap_Parse_RefusesUnknownTemplateColumns()
    {
        var e = Assert.Throws<OkrValidationException>(() => CsvHeaderMap.Parse("""{ "columns": { "Name": "titel" } }"""));
        Assert.Equal(DiagnosticCodes.CsvBadMap, Assert.Single(e.Diagnostics).Code);
        Assert.Contains("'titel'", e.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Throws<OkrValidationException>(() => CsvHeaderMap.Parse("not json"));
        var map = CsvHeaderMap.Parse("""{ "name": "sheet", "separator": ";", "columns": { "Name": "title" } }""");
        var import = OkrCsv.Import("Name;Extra\nGrow;x\n", map);
        Assert.True(import.Succeeded, string.Join("\n", import.Diagnostics));
        Assert.Equal(("row-2", "Grow", "\"x\""), (import.Set!.Objectives[0].Id, import.Set.Objectives[0].Title, import.Set.Objectives[0].Extensions["x-csv-extra"]));
    }
}
