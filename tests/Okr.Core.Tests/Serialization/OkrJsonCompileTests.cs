using System.Text;

namespace Okr.Core.Tests.Serialization;

/// <summary>Model errors found by compiling are mapped back to the JSON path, line and column they came from.</summary>
public class OkrJsonCompileTests
{
    private const string Document = """
        {
          "format": "okr/1",
          "owners": [
            { "id": "co", "kind": "company", "parentId": "nobody" },
            { "id": "co", "kind": "team" }
          ],
          "periods": [
            { "id": "q", "start": "2026-03-31", "end": "2026-01-01" }
          ],
          "objectives": [
            { "id": "top", "title": "Top", "ownerIds": ["co", "ghost"], "periodId": "q", "manualProgress": -0.5 },
            { "id": "child", "title": "Child", "periodId": "q" }
          ],
          "keyResults": [
            { "id": "flat", "title": "Flat", "objectiveId": "top",
              "weight": -1,
              "measure": { "kind": "metric", "start": 5, "target": 5 } },
            { "id": "steps", "title": "Steps", "objectiveId": "top",
              "measure": { "kind": "milestones", "steps": [] },
              "checkIns": [
                { "date": "2026-02-01", "value": 1, "confidence": 1.5 },
                { "date": "2026-02-01", "value": 2 }
              ] }
          ],
          "alignments": [
            { "childId": "child", "parentId": "top", "kind": "cascaded" },
            { "childId": "child", "parentId": "missing", "kind": "bottomUp" }
          ]
        }
        """;

    private static (long Line, long Column) Where(string marker, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++) index = Document.IndexOf(marker, index + 1, StringComparison.Ordinal);
        Assert.True(index >= 0, marker);
        var before = Document[..index];
        return (before.Count(c => c == '\n') + 1, Encoding.UTF8.GetByteCount(Document[(before.LastIndexOf('\n') + 1)..index]) + 1);
    }

    public static TheoryData<string, string, string, int> Expected => new()
    {
        { DiagnosticCodes.UnknownReference, "$.owners[0].parentId", "\"nobody\"", 1 },
        { DiagnosticCodes.DuplicateId, "$.owners[1].id", "\"co\"", 2 },
        { DiagnosticCodes.PeriodEndsBeforeStart, "$.periods[0].end", "\"2026-01-01\"", 1 },
        { DiagnosticCodes.UnknownReference, "$.objectives[0].ownerIds[1]", "\"ghost\"", 1 },
        { DiagnosticCodes.NegativeManualProgress, "$.objectives[0].manualProgress", "-0.5", 1 },
        { DiagnosticCodes.NegativeWeight, "$.keyResults[0].weight", "-1", 1 },
        { DiagnosticCodes.StartEqualsTarget, "$.keyResults[0].measure.target", "5 }", 2 },
        { DiagnosticCodes.NoMilestoneWeight, "$.keyResults[1].measure.steps", "[]", 1 },
        { DiagnosticCodes.ConfidenceOutOfRange, "$.keyResults[1].checkIns[0].confidence", "1.5", 1 },
        { DiagnosticCodes.DuplicateCheckInDate, "$.keyResults[1].checkIns[1].date", "\"2026-02-01\"", 2 },
        { DiagnosticCodes.AlignmentKindMismatch, "$.alignments[0].kind", "\"cascaded\"", 1 },
        { DiagnosticCodes.UnknownReference, "$.alignments[1].parentId", "\"missing\"", 1 },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Compile_ModelError_CarriesTheLineAndColumnOfItsJsonPath(string code, string path, string marker, int occurrence)
    {
        var compiled = OkrJson.TryRead(Document).CompileLocated();
        Assert.False(compiled.Succeeded);
        var d = Assert.Single(compiled.Diagnostics, x => x.Code == code && x.Path == path);
        Assert.Equal(Where(marker, occurrence), (d.Line!.Value, d.Column!.Value));
    }

    [Fact]
    public void Locate_PathToAnAbsentProperty_PointsAtTheObjectThatLacksIt()
    {
        // "child" has no owners: the path $.objectives[1].ownerIds names a property the document leaves out, as a
        // later step (a health finding about owners) would report it.
        var read = OkrJson.TryRead(Document);
        var located = read.Locate([new Diagnostic(DiagnosticCodes.NoOwner, DiagnosticSeverity.Warning, "no owner", "child") { Path = "$.objectives[1].ownerIds" }]);
        var d = Assert.Single(located);
        Assert.Equal("$.objectives[1].ownerIds", d.Path);
        Assert.Equal(Where("{ \"id\": \"child\""), (d.Line!.Value, d.Column!.Value));
    }

    [Fact]
    public void Compile_EveryDiagnosticOfTheDocument_HasALine()
    {
        var compiled = OkrJson.TryRead(Document).CompileLocated();
        Assert.True(compiled.Diagnostics.Count >= 13);
        Assert.All(compiled.Diagnostics, d => Assert.NotNull(d.Line));
        var e = Assert.Throws<OkrValidationException>(() => compiled.ThrowIfFailed());
        Assert.Contains("(line 4, column", e.Message);
    }

    [Fact]
    public void Compile_Cycles_PointAtTheAlignmentOrTheParentId()
    {
        var json = """
            {"format": "okr/1",
             "owners": [{"id": "a", "parentId": "b"}, {"id": "b", "parentId": "a"}],
             "objectives": [{"id": "x", "title": "X", "ownerIds": ["a"]}, {"id": "y", "title": "Y", "ownerIds": ["a"]}],
             "alignments": [
               {"childId": "x", "parentId": "y", "kind": "bottomUp"},
               {"childId": "y", "parentId": "x", "kind": "bottomUp"}]}
            """;
        var compiled = OkrJson.TryRead(json).CompileLocated();
        var cycle = Assert.Single(compiled.Diagnostics, d => d.Code == DiagnosticCodes.Cycle);
        Assert.Equal("$.alignments[0]", cycle.Path);
        Assert.Equal((5L, 4L), (cycle.Line!.Value, cycle.Column!.Value));
        var hierarchy = Assert.Single(compiled.Diagnostics, d => d.Code == DiagnosticCodes.HierarchyCycle);
        Assert.StartsWith("$.owners[", hierarchy.Path);
        Assert.Equal(2, hierarchy.Line);
    }

    [Fact]
    public void Locate_DiagnosticsOfALaterAnalysis_GetLinesToo()
    {
        var read = OkrJson.TryRead(Document);
        var made = new[]
        {
            new Diagnostic("OKR0599", DiagnosticSeverity.Warning, "An analysis found something.", "steps") { Path = "$.keyResults[1].measure" },
            new Diagnostic("OKR0598", DiagnosticSeverity.Info, "No path here."),
            new Diagnostic("OKR0597", DiagnosticSeverity.Info, "Not in the document.") { Path = "$.nothing[4]" },
            new Diagnostic("OKR0596", DiagnosticSeverity.Info, "Already located.") { Path = "$.owners[0]", Line = 99 },
        };
        var located = read.Locate(made);
        Assert.Equal(Where("{ \"kind\": \"milestones\""), (located[0].Line!.Value, located[0].Column!.Value));
        Assert.Equal(made[1], located[1]);
        Assert.Equal((1L, 1L), (located[2].Line!.Value, located[2].Column!.Value)); // the nearest present ancestor: the document
        Assert.Equal(99, located[3].Line);
    }

    [Fact]
    public void Compile_AfterAFailedRead_ReturnsTheReadingDiagnostics()
    {
        var read = OkrJson.TryRead("{\"format\": \"okr/1\", \"owners\": 3}");
        var compiled = read.CompileLocated();
        Assert.False(compiled.Succeeded);
        Assert.Equal(read.Diagnostics, compiled.Diagnostics);
    }

    [Fact]
    public void Compile_ReadingWarnings_AreKeptBesideCompileDiagnostics()
    {
        var read = OkrJson.TryRead("{\"format\": \"okr/1\", \"owners\": [{\"id\": \"a\", \"ID\": \"b\"}]}");
        var compiled = read.CompileLocated();
        Assert.True(compiled.Succeeded);
        Assert.Equal(DiagnosticCodes.SuspiciousExtension, Assert.Single(compiled.Diagnostics).Code);
    }
}
