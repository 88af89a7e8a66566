using System.Text;

namespace Okr.Core.Tests.Reliability;

/// <summary>
/// The okr/1 reader reports every problem (none hides another), points at the right place with path, line and column,
/// and agrees with the writer on nesting.
/// </summary>
public class JsonReaderDefectTests
{
    private const string Head = "{\"format\": \"okr/1\",\n";

    private static OkrJsonReadResult Read(string body, OkrJsonOptions? options = null) => OkrJson.TryRead(Head + body + "}", options);

    private static void AssertLocated(Diagnostic d)
    {
        Assert.False(string.IsNullOrEmpty(d.Path), $"no path: {d}");
        Assert.True(d.Line is > 0, $"no line: {d}");
        Assert.True(d.Column is > 0, $"no column: {d}");
    }

    [Fact]
    public void RequiredPropertyGivenAsNull_IsReportedBesideASiblingFailure()
    {
        var result = Read("\"alignments\": [{\"childId\": \"a\", \"parentId\": 5, \"kind\": null}]");
        Assert.False(result.Succeeded);
        Assert.Equal(
            [(DiagnosticCodes.WrongJsonType, "$.alignments[0].parentId"), (DiagnosticCodes.MissingProperty, "$.alignments[0]")],
            result.Diagnostics.Select(d => (d.Code, d.Path)));
        Assert.Contains("\"kind\"", result.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadPropertyNameBeforeTheMeasureKind_IsReportedAloneWithoutAFalseUnknownKind()
    {
        var body = "\"objectives\": [{\"id\": \"o\", \"title\": \"O\"}], \"keyResults\": [{\"id\": \"k\", \"title\": \"K\", \"objectiveId\": \"o\", "
            + "\"measure\": {\"x\\uD800\": 1, \"kind\": \"metric\", \"start\": 0, \"target\": \"ten\"}}]";
        var result = Read(body);
        Assert.Equal(
            [(DiagnosticCodes.InvalidText, "$.keyResults[0].measure"), (DiagnosticCodes.WrongJsonType, "$.keyResults[0].measure.target")],
            result.Diagnostics.Select(d => (d.Code, d.Path)));
    }

    [Fact]
    public void TwoIndependentCycles_AreBothReported()
    {
        var objectives = string.Join(", ", new[] { "a", "b", "c", "d" }.Select(id => $"{{\"id\": \"{id}\", \"title\": \"{id}\"}}"));
        var alignments = string.Join(", ", new[] { ("a", "b"), ("b", "a"), ("c", "d"), ("d", "c") }.Select(p => $"{{\"childId\": \"{p.Item1}\", \"parentId\": \"{p.Item2}\", \"kind\": \"bottomUp\"}}"));
        var read = Read($"\"objectives\": [{objectives}], \"alignments\": [{alignments}]");
        var compiled = read.Set!.Compile();
        var cycles = compiled.Diagnostics.Where(d => d.Code == DiagnosticCodes.Cycle).ToList();
        Assert.Equal(2, cycles.Count);
        Assert.Equal([["a", "b"], ["c", "d"]], cycles.Select(d => d.Ids.Order(StringComparer.Ordinal).ToArray()).OrderBy(ids => ids[0], StringComparer.Ordinal));
        Assert.Equal(["$.alignments[0]", "$.alignments[2]"], cycles.Select(d => d.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CycleBesideASelfAlignment_AreBothReported()
    {
        var set = new OkrSet
        {
            Objectives = [new Objective { Id = "a", Title = "a" }, new Objective { Id = "b", Title = "b" }, new Objective { Id = "s", Title = "s" }],
            Alignments =
            [
                new Alignment { ChildId = "s", ParentId = "s", Kind = AlignmentKind.BottomUp },
                new Alignment { ChildId = "a", ParentId = "b", Kind = AlignmentKind.BottomUp },
                new Alignment { ChildId = "b", ParentId = "a", Kind = AlignmentKind.BottomUp },
            ],
        };
        Assert.Equal(2, set.Compile().Diagnostics.Count(d => d.Code == DiagnosticCodes.Cycle));
    }

    [Fact]
    public void WarningsAlone_NeverFailARead()
    {
        var owners = string.Join(", ", Enumerable.Range(0, 1_001).Select(i => $"{{\"id\": \"o{i}\", \"Name\": \"x\"}}"));
        var result = Read($"\"owners\": [{owners}]");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(3)));
        Assert.Equal(1_001, result.Set!.Owners.Count);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var cut = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.TooManyDiagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, cut.Severity);
        Assert.Equal(1_000, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.SuspiciousExtension));
        AssertLocated(cut);
        Assert.Equal("$.owners[1000].Name", cut.Path);
    }

    [Fact]
    public void TooManyErrors_StopWithALocatedTooManyDiagnostics()
    {
        var owners = string.Join(",\n", Enumerable.Range(0, 50).Select(_ => "{\"id\": 0}"));
        var result = Read("\"owners\": [" + owners + "]", new OkrJsonOptions { MaxDiagnostics = 10 });
        Assert.Equal(11, result.Diagnostics.Count);
        var cut = result.Diagnostics[^1];
        Assert.Equal(DiagnosticCodes.TooManyDiagnostics, cut.Code);
        Assert.True(cut.IsError);
        Assert.Equal("$.owners[10].id", cut.Path);
        Assert.Equal(12L, cut.Line);
        Assert.Equal(8L, cut.Column);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void OtherFormatVersion_IsReportedAlone(bool formatFirst)
    {
        var owners = string.Join(", ", Enumerable.Range(0, 2_000).Select(_ => "{\"id\": 0}"));
        var json = formatFirst
            ? "{\"format\": \"okr/2\", \"owners\": [" + owners + "]}"
            : "{\"owners\": [" + owners + "], \"format\": \"okr/2\"}";
        var result = OkrJson.TryRead(json);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnsupportedFormat, d.Code);
        Assert.Equal("$.format", d.Path);
        AssertLocated(d);
    }

    [Fact]
    public void TooDeep_PointsAtTheElementThatIsTooDeep()
    {
        var options = new OkrJsonOptions { MaxNesting = 2 };
        var result = OkrJson.TryRead("{\"format\": \"okr/1\", \"owners\": [\n{\"id\": \"a\"}]}", options);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.NestingTooDeep, d.Code);
        Assert.Equal("$.owners[0]", d.Path);
        Assert.Equal((2L, 1L), (d.Line!.Value, d.Column!.Value));

        var deeper = OkrJson.TryRead("{\"format\": \"okr/1\", \"owners\": [{\"id\": \"a\", \"x-v\": [[1], [[2]]]}]}", new OkrJsonOptions { MaxNesting = 5 });
        Assert.Equal("$.owners[0].x-v", Assert.Single(deeper.Diagnostics).Path);
        var list = OkrJson.TryRead("{\"format\": \"okr/1\", \"objectives\": [{\"id\": \"a\", \"title\": \"t\", \"ownerIds\": [\"x\", []]}]}", new OkrJsonOptions { MaxNesting = 4 });
        Assert.Equal("$.objectives[0].ownerIds[1]", Assert.Single(list.Diagnostics, d => d.Code == DiagnosticCodes.NestingTooDeep).Path);
    }

    [Fact]
    public void TooLarge_HasPathLineAndColumn()
    {
        var result = OkrJson.TryRead(Head + "\"name\": \"" + new string('a', 100) + "\"}", new OkrJsonOptions { MaxDocumentBytes = 50 });
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.DocumentTooLarge, d.Code);
        Assert.Equal("$", d.Path);
        Assert.Equal((1L, 1L), (d.Line!.Value, d.Column!.Value));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Head + "\"name\": \"" + new string('a', 100) + "\"}"));
        AssertLocated(Assert.Single(OkrJson.TryRead(stream, new OkrJsonOptions { MaxDocumentBytes = 50 }).Diagnostics));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(6)]
    public void WriterOutput_ReadsBackWithTheSameNestingLimit_OrIsRefusedWithTooDeep(int maxNesting)
    {
        var set = Okr.Core.Tests.Support.GraphFixtures.Valid();
        set = set with { KeyResults = [set.KeyResults[0], set.KeyResults[1] with { Measure = Measure.Binary("ship") }] };
        var options = new OkrJsonOptions { MaxNesting = maxNesting };
        string written;
        try
        {
            written = OkrJson.Write(set, options);
        }
        catch (OkrValidationException e)
        {
            Assert.All(e.Diagnostics, d => Assert.Equal(DiagnosticCodes.NestingTooDeep, d.Code));
            Assert.True(maxNesting < 6, "the format itself needs 6 levels; 6 must write");
            Assert.False(OkrJson.TryRead(OkrJson.Write(set), options).Succeeded);
            return;
        }
        Assert.True(OkrJson.TryRead(written, options).Succeeded, $"written with MaxNesting {maxNesting} but not read back");
    }

    [Fact]
    public void DeepExtension_ReadWithARaisedLimit_IsRefusedByTheDefaultWriterAsTooDeep()
    {
        var deep = new string('[', 150) + new string(']', 150);
        var raised = new OkrJsonOptions { MaxNesting = 200 };
        var read = OkrJson.TryRead("{\"format\": \"okr/1\", \"x-deep\": " + deep + "}", raised);
        Assert.True(read.Succeeded);
        Assert.True(OkrJson.TryRead(OkrJson.Write(read.Set!, raised), raised).Succeeded);
        var error = Assert.Throws<OkrValidationException>(() => OkrJson.Write(read.Set!));
        var d = Assert.Single(error.Diagnostics);
        Assert.Equal(DiagnosticCodes.NestingTooDeep, d.Code);
        Assert.Equal("$.x-deep", d.Path);
        Assert.DoesNotContain("not one valid JSON value", d.Message, StringComparison.Ordinal);
        Assert.Contains("MaxNesting", d.Message, StringComparison.Ordinal);
    }
}
