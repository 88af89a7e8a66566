using System.IO.Compression;
using System.Text.Json.Nodes;
using Okr.Core.Interop;

namespace Okr.Core.Tests.Interop;

/// <summary>
/// The Viva Goals import on the sample export (samples/data/viva-goals-export, the invented Northwind Coffee in the real
/// shape): every item and check-in accounted for, the mapping's numbers, Viva's rules for weights, and the progress
/// table against the numbers worked out by hand. Tolerance 1e-9.
/// </summary>
public sealed class VivaGoalsImportTests
{
    private const double Tolerance = 1e-9;

    internal static string ExportPath => Path.Combine(Support.SampleData.Root, "samples", "data", "viva-goals-export");

    private static readonly Lazy<ImportResult> Sample = new(() => VivaGoalsImport.Read(ExportPath));

    private static OkrSet Set => Sample.Value.Set!;

    private static KeyResult Kr(string id) => Set.KeyResults.Single(k => k.Id == id);

    private static Objective Objective(string id) => Set.Objectives.Single(o => o.Id == id);

    [Fact]
    public void Read_SampleExport_AccountsForEveryItemAndCheckIn()
    {
        var import = Sample.Value;
        Assert.Empty(import.Diagnostics);
        Assert.True(import.Succeeded);
        // The files hold 13 goals (4 big rocks, 8 KPIs, 1 project), 16 check-ins, 1 comment, 4 teams, 4 users, 3 periods, no tags.
        Assert.Equal(4, Set.Objectives.Count);
        Assert.Equal(9, Set.KeyResults.Count);
        Assert.Equal(16, Set.KeyResults.Sum(k => k.CheckIns.Count));
        Assert.Equal(8, Set.Owners.Count);
        Assert.Equal(3, Set.Periods.Count);
        var counts = import.Fidelity!.Counts.ToDictionary(c => c.SourceKind);
        Assert.Equal((13, 13, 0), (counts["objectives"].InExport, counts["objectives"].Mapped, counts["objectives"].Kept));
        Assert.Equal((16, 16, 0), (counts["checkins"].InExport, counts["checkins"].Mapped, counts["checkins"].Kept));
        Assert.Equal((1, 0, 1), (counts["comments"].InExport, counts["comments"].Mapped, counts["comments"].Kept));
        Assert.Equal((4, 4, 0), (counts["Teams"].InExport, counts["Teams"].Mapped, counts["Teams"].Kept));
        Assert.Equal((4, 4, 0), (counts["Users"].InExport, counts["Users"].Mapped, counts["Users"].Kept));
        Assert.Equal((3, 3, 0), (counts["TimePeriods"].InExport, counts["TimePeriods"].Mapped, counts["TimePeriods"].Kept));
        Assert.Equal(0, counts["Tags"].InExport);
        Assert.All(import.Fidelity.Counts, c => Assert.Equal(c.InExport, c.Mapped + c.Kept));
        Assert.Equal(13 + 4 + 4 + 3, import.Fidelity.Items.Count);
        Assert.Equal(16, import.Fidelity.Items.Sum(i => i.CheckInsImported));
        // The comment on 121 is kept on it, whole.
        Assert.Contains("Queue study scheduled for January.", Kr("121").Extensions["x-viva-comments"], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SampleExport_CompilesAndRoundTripsThroughOkr1()
    {
        var compiled = Set.Compile();
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Diagnostics));
        Assert.Empty(compiled.Diagnostics);
        var again = OkrJson.Read(OkrJson.Write(Set));
        Assert.Equal(Set, again);
    }

    [Fact]
    public void Read_SampleExport_MapsOwnersPeriodsAndTypes()
    {
        Assert.Equal(OwnerKind.Company, Set.Owners.Single(o => o.Id == "team-501").Kind);
        var storeSystems = Set.Owners.Single(o => o.Id == "team-504");
        Assert.Equal((OwnerKind.Team, "team-503", "Store Systems"), (storeSystems.Kind, storeSystems.ParentId, storeSystems.Name));
        var tobias = Set.Owners.Single(o => o.Id == "user-9002");
        Assert.Equal((OwnerKind.Individual, "team-502"), (tobias.Kind, tobias.ParentId));
        Assert.Equal("\"tobias.lind@northwind-coffee.example\"", tobias.Extensions["x-viva-email"]);
        Assert.Equal(["2025", "2025-Q3", "2025-Q4"], Set.Periods.Select(p => p.Id));
        Assert.Equal([null, "2025", "2025"], Set.Periods.Select(p => p.ParentId));
        Assert.Equal("2025-Q4", Objective("110").PeriodId);
        Assert.Equal(Commitment.Aspirational, Objective("100").Commitment);
        Assert.Equal(["user-9001"], Objective("100").OwnerIds);
        Assert.Equal("\"On Track\"", Objective("100").Extensions["x-viva-status"]);
        Assert.Equal("58.0", Objective("100").Extensions["x-viva-progress"]);
    }

    [Fact]
    public void Read_SampleExport_MapsOutcomesToMeasures()
    {
        // "Increase From" 2,000 -> 5,000 written as strings with thousands separators, monthly phased targets.
        var subscribers = Assert.IsType<MetricMeasure>(Kr("111").Measure);
        Assert.Equal((2000.0, 5000.0, "subscribers"), (subscribers.Start, subscribers.Target, subscribers.Unit));
        Assert.Equal([2000.0, 3000.0, 4000.0, 5000.0], Kr("111").Checkpoints.Select(c => c.Value));
        Assert.Equal(new DateOnly(2025, 10, 31), Kr("111").Checkpoints[1].Date);
        // "Increase From" 6 -> 3: a target below the start is a decrease.
        var wait = Assert.IsType<MetricMeasure>(Kr("121").Measure);
        Assert.True(wait.IsDecreasing);
        Assert.Equal((6.0, 3.0, "minutes"), (wait.Start, wait.Target, wait.Unit));
        // "Stay Above" / "Stay Below" are thresholds.
        var accuracy = Assert.IsType<ThresholdMeasure>(Kr("122").Measure);
        Assert.Equal((ThresholdDirection.AtLeast, 98.0, "%"), (accuracy.Direction, accuracy.Limit, accuracy.Unit));
        Assert.Equal("0.0", accuracy.Extensions["x-viva-start"]);
        var waste = Assert.IsType<ThresholdMeasure>(Kr("123").Measure);
        Assert.Equal((ThresholdDirection.AtMost, 4.0), (waste.Direction, waste.Limit));
        // A project is one milestone, done on the day of its first check-in at 100: output, not outcome.
        var app = Assert.IsType<MilestoneMeasure>(Kr("113").Measure);
        Assert.True(app.IsBinary);
        Assert.Equal((true, new DateOnly(2025, 11, 14)), (app.Steps[0].Done, app.Steps[0].DoneOn));
        // A percentage never checked in is not measured, whatever Viva's 0 says.
        var roastery = Assert.IsType<MetricMeasure>(Kr("140").Measure);
        Assert.Equal((0.0, 100.0, "%", (double?)null), (roastery.Start, roastery.Target, roastery.Unit, roastery.Current));
        // The integration-fed KPI is measured by its check-ins; the data source is kept.
        Assert.False(Kr("131").Derived);
        Assert.Contains("Excel Online", Kr("131").Extensions["x-viva-progress-and-status-configuration"], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SampleExport_AppliesVivasWeightRules()
    {
        // 110 and 120 carry 60% and 40% of 100; 140 at 0% beside weighted siblings does not count.
        var to100 = Set.Alignments.Where(a => a.ParentId == "100").ToDictionary(a => a.ChildId, a => a.Weight);
        Assert.Equal(0.6, to100["110"], Tolerance);
        Assert.Equal(0.4, to100["120"], Tolerance);
        Assert.Equal(0.0, Kr("140").Weight);
        Assert.Equal((0.5, 0.5, 0.0), (Kr("111").Weight, Kr("112").Weight, Kr("113").Weight));
        Assert.Equal((0.5, 0.25, 0.25), (Kr("121").Weight, Kr("122").Weight, Kr("123").Weight));
        // 131 and 132 are both at 0%: no weights set means every child counts equally.
        Assert.Equal((1.0, 1.0), (Kr("131").Weight, Kr("132").Weight));
        // 130 has two parents (a DAG): shared to both, at 0% beside weighted siblings.
        var shared = Set.Alignments.Where(a => a.ChildId == "130").ToList();
        Assert.Equal(["120", "110"], shared.Select(a => a.ParentId));
        Assert.All(shared, a => Assert.Equal((AlignmentKind.Shared, 0.0), (a.Kind, a.Weight)));
        Assert.Equal(AlignmentKind.BottomUp, Set.Alignments.Single(a => a.ChildId == "110").Kind);
        // "Update from Children" with key results and child objectives: both feed it.
        Assert.Equal(ProgressSource.Both, Objective("100").ProgressSource);
        Assert.Equal(ProgressSource.KeyResults, Objective("130").ProgressSource);
    }

    [Fact]
    public void Read_SampleExport_ChecksInWithNotesAndKeepsTheRest()
    {
        var checkIns = Kr("111").CheckIns;
        Assert.Equal([2400.0, 3050.0, 3620.0], checkIns.Select(c => c.Value));
        Assert.Equal(new DateOnly(2025, 10, 15), checkIns[0].Date);
        Assert.Equal("Autumn menu mailing", checkIns[0].Note);
        Assert.Equal("70001", checkIns[0].Extensions["x-viva-id"]);
        Assert.Equal("\"<div>Autumn menu mailing</div>\"", checkIns[0].Extensions["x-viva-check-in-note-html"]);
        Assert.Null(checkIns[1].Note);
    }

    [Fact]
    public void Read_SampleExport_ComparesVivasProgressWithOkrCores()
    {
        var rows = Sample.Value.Fidelity!.Progress.ToDictionary(p => p.Id);
        // By hand: 111 (3620-2000)/3000 = 0.54, 112 (4.5-4.1)/0.5 = 0.8 -> 110 = 0.67 (Viva 71%).
        Assert.Equal(0.67, rows["110"].OkrProgress!.Value, Tolerance);
        Assert.Equal(-0.04, rows["110"].Difference!.Value, Tolerance);
        // 121 (4.8-6)/(3-6) = 0.4, 122 not met 0, 123 met 1 -> 120 = 0.5*0.4 + 0.25*0 + 0.25*1 = 0.45 (Viva 40%).
        Assert.Equal(0.45, rows["120"].OkrProgress!.Value, Tolerance);
        // 100 = 0.6*0.67 + 0.4*0.45 = 0.582 (Viva 58%): Viva's rules, reproduced.
        Assert.Equal(0.582, rows["100"].OkrProgress!.Value, Tolerance);
        Assert.Equal(0.002, rows["100"].Difference!.Value, Tolerance);
        // 130: Viva let it reach 133%; Okr.Core clamps 131's 108.9% to 100%, so 100%.
        Assert.Equal((1.33, 1.0), (rows["130"].SourceProgress!.Value, rows["130"].OkrProgress!.Value));
        Assert.Contains("clamps", rows["130"].Explanation, StringComparison.Ordinal);
        // For a metric Viva's Progress is its value, not a percent: no difference to show.
        Assert.Null(rows["111"].SourceProgress);
        Assert.Equal(0.54, rows["111"].OkrProgress!.Value, Tolerance);
        Assert.Null(rows["140"].OkrProgress);
        var text = Sample.Value.Fidelity.ToText();
        Assert.Contains("objectives 111 \"Grow newsletter subscribers from 2,000 to 5,000\" -> keyResult 111 (3 check-in(s) imported, 0 kept as extension)", text, StringComparison.Ordinal);
        Assert.Contains("\"format\": \"okr-fidelity/1\"", Sample.Value.Fidelity.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void ImportDoc_ShowsTheSampleExportsRealReport()
    {
        var doc = File.ReadAllText(Support.SampleData.DocsPath("import.md")).ReplaceLineEndings("\n");
        var text = Sample.Value.Fidelity!.ToText().ReplaceLineEndings("\n");
        Assert.Contains(text.Split("\nItems:")[0], doc, StringComparison.Ordinal);
        // The per-item excerpt is the report's own lines too.
        foreach (var line in doc.Split("\nItems:\n")[1].Split("\n```")[0].Split('\n').Where(l => l.Trim() != "..."))
            Assert.Contains(line + "\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Zip_GivesTheSameSetAsTheFolder()
    {
        var zip = Path.Combine(Path.GetTempPath(), $"okr-viva-{Guid.NewGuid():N}.zip");
        try
        {
            ZipFile.CreateFromDirectory(ExportPath, zip, CompressionLevel.Fastest, includeBaseDirectory: true);
            var import = VivaGoalsImport.Read(zip);
            Assert.Empty(import.Diagnostics);
            Assert.Equal(Set, import.Set);
        }
        finally
        {
            File.Delete(zip);
        }
    }

    /// <summary>Copies the sample export to a temporary folder with its objectives and check-ins edited.</summary>
    internal static string EditedExport(Action<JsonArray> objectives, Action<JsonArray>? checkIns = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"okr-viva-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(ExportPath))
        {
            var name = Path.GetFileName(file);
            var text = File.ReadAllText(file);
            var edit = name.StartsWith("objectives", StringComparison.Ordinal) ? objectives : name.StartsWith("checkins", StringComparison.Ordinal) ? checkIns : null;
            if (edit is not null)
            {
                var array = JsonNode.Parse(text)!.AsArray();
                edit(array);
                text = array.ToJsonString();
            }
            File.WriteAllText(Path.Combine(folder, name), text);
        }
        return folder;
    }

    private static JsonObject Goal(JsonArray goals, int id) => goals.Single(g => (int)g!["ID"]! == id)!.AsObject();

    [Fact]
    public void Read_SeveralCheckInsOnOneDay_KeepsTheLatestAndTheEarlierOnIt()
    {
        var folder = EditedExport(_ => { }, checkIns =>
        {
            // 70002 moves to the same day as 70001, an hour later; 70001 moves to 09:00.
            checkIns[0]!["CheckIn Date"] = "2025-10-15 09:00:00";
            checkIns[1]!["CheckIn Date"] = "2025-10-15 10:00:00";
        });
        try
        {
            var import = VivaGoalsImport.Read(folder);
            Assert.True(import.Succeeded, string.Join("\n", import.Diagnostics));
            var kr = import.Set!.KeyResults.Single(k => k.Id == "111");
            Assert.Equal([3050.0, 3620.0], kr.CheckIns.Select(c => c.Value));
            Assert.Equal("\"2025-10-15 10:00:00\"", kr.CheckIns[0].Extensions["x-viva-checkin-date"]);
            Assert.Contains("\"ID\":70001", kr.CheckIns[0].Extensions["x-viva-earlier-same-day"], StringComparison.Ordinal);
            var counts = import.Fidelity!.Counts.Single(c => c.SourceKind == "checkins");
            Assert.Equal((16, 15, 1), (counts.InExport, counts.Mapped, counts.Kept));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Read_KeyResultWithTwoParentsOrNone_IsDefinedUnderTheFirstOrAHolder()
    {
        var folder = EditedExport(goals =>
        {
            // 112 also contributes to 120; 140 loses its parent.
            Goal(goals, 112)["Parent IDs"] = new JsonArray(110, 120);
            Goal(goals, 112)["Alignment"]!.AsArray().Add(new JsonObject { ["ID"] = 120, ["Title"] = "Serve every order fast and right", ["Weight"] = "10.0%" });
            Goal(goals, 140)["Parent IDs"] = new JsonArray();
            Goal(goals, 140)["Alignment"] = null;
        });
        try
        {
            var import = VivaGoalsImport.Read(folder);
            Assert.True(import.Succeeded, string.Join("\n", import.Diagnostics));
            var set = import.Set!;
            Assert.Equal("110", set.KeyResults.Single(k => k.Id == "112").ObjectiveId);
            Assert.Equal(["112"], set.Objectives.Single(o => o.Id == "120").LinkedKeyResultIds);
            var holder = set.Objectives.Single(o => o.Id == "140-objective");
            Assert.Equal(("Open a second roastery", "2025-Q3"), (holder.Title, holder.PeriodId));
            Assert.Equal("140-objective", set.KeyResults.Single(k => k.Id == "140").ObjectiveId);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Read_MissingObjectivesFile_IsAnErrorDiagnostic()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"okr-viva-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var import = VivaGoalsImport.Read(folder);
            Assert.Null(import.Set);
            Assert.Contains(import.Diagnostics, d => d.Code == DiagnosticCodes.ImportFileMissing && d.IsError);
            Assert.Throws<OkrValidationException>(import.ThrowIfFailed);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
