using System.Text;
using System.Text.Json;
using static Okr.Core.Tests.Cli.CliRunner;

namespace Okr.Core.Tests.Cli;

/// <summary>validate, health, diff, checkin, export and help: real content, exit codes and bad input.</summary>
public sealed class CommandTests
{
    [Fact]
    public void Validate_EverySample_IsClean()
    {
        var files = Support.SampleData.Files.ToArray();
        var run = RunOkr(["validate", .. files, "--strict"]);
        Assert.Equal(0, run.Exit);
        Assert.Equal($"{files.Length} files: 0 errors, 0 warnings.", run.OutLines.Single());
    }

    [Fact]
    public void Validate_ReportsEveryProblemAsPathLineColumn_ThenASummary_AndExits3()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("okr-cli-").FullName, "broken.json");
        File.WriteAllText(path, """
            {
              "format": "okr/1",
              "owners": [{ "id": "team" }],
              "objectives": [
                { "id": "o", "title": "Grow", "ownerIds": ["team"] }
              ],
              "keyResults": [
                { "id": "kr", "title": "Sell", "objectiveId": "o", "measure": { "kind": "metric", "start": 5, "target": 5 } },
                { "id": "kr2", "title": "Sell more", "objectiveId": "nowhere", "measure": { "kind": "metric", "start": 0, "target": 5 } }
              ]
            }
            """);
        var run = RunOkr("validate", path);
        Assert.Equal(3, run.Exit);
        Assert.Matches(@"broken\.json\(8,\d+\): error OKR0106: ", run.OutLines[0]);
        Assert.Matches(@"broken\.json\(9,\d+\): error OKR0102: .*'nowhere'", run.OutLines[1]);
        Assert.Equal("1 file: 2 errors, 0 warnings.", run.OutLines[^1]);

        var json = RunOkr("validate", path, "--format", "json");
        using var doc = JsonDocument.Parse(json.Out);
        var diagnostics = doc.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(["OKR0106", "OKR0102"], diagnostics.Select(d => d.GetProperty("code").GetString()));
        Assert.Equal(8, diagnostics[0].GetProperty("line").GetInt32());
        Assert.Equal(2, doc.RootElement.GetProperty("errors").GetInt32());
    }

    [Fact]
    public void BadInput_MissingFile_Directory_NotJson_TooLarge_GetOneClearLineEach_NeverAStackTrace()
    {
        var folder = Directory.CreateTempSubdirectory("okr-cli-").FullName;
        var notJson = Path.Combine(folder, "notes.json");
        File.WriteAllText(notJson, "Objectives for Q1: grow.");
        var missing = RunOkr("show", Path.Combine(folder, "absent.json"));
        Assert.Equal((3, $"okr: {Path.Combine(folder, "absent.json")}: no such file."), (missing.Exit, missing.Error.Trim()));
        var directory = RunOkr("health", folder);
        Assert.Equal((3, $"okr: {folder}: is a directory, not an okr/1 file."), (directory.Exit, directory.Error.Trim()));
        var text = RunOkr("show", notJson);
        Assert.Equal(3, text.Exit);
        Assert.Matches(@"notes\.json\(1,1\): error OKR0301: ", text.Error);
        foreach (var run in new[] { missing, directory, text }) Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Health_FailOn_GatesOnSeverity_WithFindingsAndMetrics()
    {
        var warning = RunOkr("health", Sample("techsolutions.json"), "--as-of", "2026-02-15", "--fail-on", "warning");
        Assert.Equal(4, warning.Exit);
        Assert.Contains("a finding at or above 'warning' exists (exit 4)", warning.Error, StringComparison.Ordinal);
        Assert.Contains("warning OKR0506 [engineering]: Owner 'engineering' has 1 of 1 key results as milestones or binary", warning.Out, StringComparison.Ordinal);
        Assert.Contains("suggestion: ", warning.Out, StringComparison.Ordinal);
        Assert.Contains("4 objectives, 10 key results, 3 alignments, 1 top-level objectives", warning.Out, StringComparison.Ordinal);
        Assert.Contains("alignment mix: cascaded 0%, localized 0%, bottom-up 100%, shared 0%", warning.Out, StringComparison.Ordinal);

        Assert.Equal(0, RunOkr("health", Sample("techsolutions.json"), "--as-of", "2026-02-15", "--fail-on", "error").Exit);
        Assert.Equal(0, RunOkr("health", Sample("techsolutions.json"), "--as-of", "2026-02-15").Exit);

        var json = RunOkr("health", Sample("techsolutions.json"), "--as-of", "2026-02-15", "--format", "json");
        using var doc = JsonDocument.Parse(json.Out);
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        Assert.Equal(["OKR0502", "OKR0502", "OKR0506", "OKR0506", "OKR0514", "OKR0514", "OKR0516", "OKR0520", "OKR0524"], findings);
        var first = doc.RootElement.GetProperty("findings")[4];
        Assert.Equal("$.alignments[1]", first.GetProperty("path").GetString());
        Assert.Equal("ana-stability", first.GetProperty("data").GetProperty("child").GetString());
        Assert.False(doc.RootElement.GetProperty("isHealthy").GetBoolean());
        Assert.Equal(100, doc.RootElement.GetProperty("alignmentScore").GetProperty("score").GetDouble(), 1e-9);
        Assert.Equal(1.0, doc.RootElement.GetProperty("metrics").GetProperty("alignmentCoverage").GetDouble(), 1e-9);
    }

    [Fact]
    public void Diff_TwoDaysOfOneFile_ListsTheMovesLargestFirst()
    {
        var run = RunOkr("diff", Sample("nonprofit-weekly.json"), "--from", "2026-01-31", "--to", "2026-02-28");
        Assert.Equal(0, run.Exit);
        var moves = run.OutLines.SkipWhile(l => !l.StartsWith("Progress and status moves", StringComparison.Ordinal)).Skip(1).ToList();
        Assert.Matches(@"^\s+filing-days\s+0% -> 100%\s+\+100\s+at risk -> achieved$", moves[0]);
        Assert.Matches(@"^\s+completion\s+13% ->\s+50%\s+\+37\s+behind$", Assert.Single(moves, m => m.Contains("completion", StringComparison.Ordinal)));
        Assert.Equal(7, moves.Count);
    }

    [Fact]
    public void Diff_TwoVersions_ListsAddedRemovedEditedAndAlignmentChanges()
    {
        var before = Sample("techsolutions.json");
        var after = CopyOfSample("techsolutions.json");
        var set = OkrJson.ReadFile(after);
        set = set with
        {
            Objectives = [.. set.Objectives.Where(o => o.Id != "ben-release").Select(o => o.Id == "quality" ? o with { Title = "Improve product quality fast" } : o)],
            KeyResults = [.. set.KeyResults.Where(k => k.ObjectiveId != "ben-release")],
            Alignments = [.. set.Alignments.Where(a => a.ChildId != "ben-release").Select(a => a.ChildId == "ana-stability" ? a with { Weight = 2 } : a)],
        };
        OkrJson.WriteFile(set, after);
        var run = RunOkr("diff", before, after, "--as-of", "2026-02-15");
        Assert.Equal(0, run.Exit);
        Assert.Contains("  ~ O quality: Improve product quality fast", run.OutLines);
        Assert.Contains("      title: Improve product quality -> Improve product quality fast", run.OutLines);
        Assert.Contains("  - O ben-release: Release the widgets users keep asking for", run.OutLines);
        Assert.Contains("  - KR ben-widgets: Widgets live on both platforms", run.OutLines);
        Assert.Contains("  - ben-release -> mobile-app: BottomUp, weight 0", run.OutLines);
        Assert.Contains("  ~ ana-stability -> mobile-app: BottomUp, weight 1 -> BottomUp, weight 2", run.OutLines);
    }

    [Fact]
    public void CheckIn_AddsInPlace_ChangingNoOtherByte_AndPrintsWhatMoved()
    {
        var path = CopyOfSample("nonprofit-weekly.json");
        var original = File.ReadAllBytes(path);
        var run = RunOkr("checkin", path, "applications", "300", "--date", "2026-03-07", "--confidence", "medium", "--note", "spring push");
        Assert.Equal(0, run.Exit);
        Assert.Equal("", run.Error);
        Assert.Equal("Recorded applications = 300 on 2026-03-07 in " + path + ".", run.OutLines[0]);
        Assert.Matches(@"^\s+applications\s+\d+% ->\s+\d+%", run.OutLines[2]);
        var edited = File.ReadAllBytes(path);
        // Everything before and after the inserted element is byte for byte the original.
        var prefix = 0;
        while (original[prefix] == edited[prefix]) prefix++;
        var suffix = 0;
        while (suffix < original.Length - prefix && original[^(suffix + 1)] == edited[^(suffix + 1)]) suffix++;
        var inserted = Encoding.UTF8.GetString(edited, prefix, edited.Length - suffix - prefix);
        Assert.Equal(original.Length, prefix + suffix);
        Assert.Contains("\"date\": \"2026-03-07\"", inserted, StringComparison.Ordinal);
        Assert.Contains("\"confidence\": \"medium\"", inserted, StringComparison.Ordinal);
        var keyResult = OkrJson.ReadFile(path).KeyResults.Single(k => k.Id == "applications");
        Assert.Equal((new DateOnly(2026, 3, 7), 300.0, "spring push"), (keyResult.CheckIns[^1].Date, keyResult.CheckIns[^1].Value, keyResult.CheckIns[^1].Note));

        var again = RunOkr("checkin", path, "applications", "310", "--date", "2026-03-07");
        Assert.Equal(3, again.Exit);
        Assert.Contains("OKR0403", again.Error, StringComparison.Ordinal);
        var corrected = RunOkr("checkin", path, "applications", "310", "--date", "2026-03-07", "--correct");
        Assert.Equal(0, corrected.Exit);
        Assert.Equal(310.0, OkrJson.ReadFile(path).KeyResults.Single(k => k.Id == "applications").CheckIns[^1].Value);
        // Only the value changed (300 -> 310); the confidence and note recorded stay.
        var after = File.ReadAllBytes(path);
        Assert.Equal(edited.Length, after.Length);
        Assert.Equal(1, edited.Zip(after).Count(p => p.First != p.Second));
        Assert.Equal("spring push", OkrJson.ReadFile(path).KeyResults.Single(k => k.Id == "applications").CheckIns[^1].Note);
    }

    [Fact]
    public void CheckIn_OnAKeyResultWithoutCheckIns_AddsTheList_AndRefusesObjectivesAndBadValues()
    {
        var path = CopyOfSample("techsolutions.json");
        var run = RunOkr("checkin", path, "bugs", "60", "--date", "2026-02-20");
        Assert.Equal(0, run.Exit);
        var bugs = OkrJson.ReadFile(path).KeyResults.Single(k => k.Id == "bugs");
        Assert.Single(bugs.CheckIns);
        Assert.Equal(2, RunOkr("checkin", path, "quality", "60").Exit);
        var notNumber = RunOkr("checkin", path, "bugs", "sixty");
        Assert.Equal(2, notNumber.Exit);
        Assert.Contains("'sixty' is not a number", notNumber.Error, StringComparison.Ordinal);
        Assert.Equal(2, RunOkr("checkin", path, "ghost", "1").Exit);
    }

    [Fact]
    public void Export_Results_IsTheResultsDocument()
    {
        var run = RunOkr("export", Sample("techsolutions.json"), "--format", "results", "--as-of", "2026-02-15");
        Assert.Equal(0, run.Exit);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal("okr-results/2", doc.RootElement.GetProperty("format").GetString());
        Assert.Equal(14, doc.RootElement.GetProperty("nodes").GetArrayLength());
        var roundTrip = RunOkr("export", Sample("techsolutions.json"), "--format", "okr");
        Assert.Equal(OkrJson.ReadFile(Sample("techsolutions.json")), OkrJson.Read(roundTrip.Out));
    }

    [Fact]
    public void Help_ShowsExamplesAndExitCodes_AndUnknownCommandsExit2()
    {
        var help = RunOkr("--help");
        Assert.Equal(0, help.Exit);
        Assert.Contains("Exit codes:", help.Out, StringComparison.Ordinal);
        Assert.Contains("4  a health finding at or above --fail-on", help.Out, StringComparison.Ordinal);
        var show = RunOkr("show", "--help");
        Assert.Contains("okr show samples/data/techsolutions.json --as-of 2026-02-15 --depth 2", show.Out, StringComparison.Ordinal);
        var unknown = RunOkr("publish", "x.json");
        Assert.Equal(2, unknown.Exit);
        Assert.Contains("Try 'okr --help'.", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TextOutput_OnAConsoleWithoutColour_HasNoEscapeSequences()
    {
        var run = RunOkr("show", Sample("techsolutions.json"), "--as-of", "2026-02-15");
        Assert.DoesNotContain('\u001b', run.Out);
    }
}
