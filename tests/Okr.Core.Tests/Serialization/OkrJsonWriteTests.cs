using System.Text;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Serialization;

public class OkrJsonWriteTests
{
    private static OkrSet Small(Measure measure, IReadOnlyDictionary<string, string>? extensions = null) => new()
    {
        Objectives = [new Objective { Id = "o", Title = "O" }],
        KeyResults = [new KeyResult { Id = "k", Title = "K", ObjectiveId = "o", Measure = measure, Extensions = extensions ?? new Dictionary<string, string>() }],
    };

    [Fact]
    public void Write_TechSolutions_StartsWithTheFormatAndUsesInvariantNumbersAndIsoDates()
    {
        var set = WorkedExamples.TechSolutions() with
        {
            KeyResults = [.. WorkedExamples.TechSolutions().KeyResults.Select(k => k.Id == "csat" ? k with { CheckIns = [new CheckIn { Date = new DateOnly(2026, 2, 3), Value = 4.35 }] } : k)],
        };
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            // The repository runs in invariant-globalization mode, so make a culture with a decimal comma by hand.
            var comma = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            Thread.CurrentThread.CurrentCulture = comma;
            var json = OkrJson.Write(set);
            Assert.StartsWith("{\n  \"format\": \"okr/1\",", json.ReplaceLineEndings("\n"));
            Assert.Contains("\"start\": 4.2", json);
            Assert.Contains("\"date\": \"2026-02-03\"", json);
            Assert.DoesNotContain("4,2", json);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public async Task Write_DocumentOfSeveralMegabytes_WithCharactersAcrossPieceBoundaries_IsTheSameEverywhere()
    {
        // Titles of two- and three-byte characters (and escaped emoji), over 3 MiB in all: the writer keeps the
        // document in 1 MiB pieces, and the string, stream, async and file forms of it must agree byte for byte.
        var objectives = Enumerable.Range(0, 4_000)
            .Select(i => new Objective { Id = "o" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Title = i + " " + string.Concat(Enumerable.Repeat("é€😀", 60)) })
            .ToList();
        var set = new OkrSet { Objectives = objectives };
        var text = OkrJson.Write(set);
        var expected = Encoding.UTF8.GetBytes(text);
        Assert.True(expected.Length > 3 << 20, $"only {expected.Length} bytes");
        Assert.Equal(set, OkrJson.Read(text));

        using var stream = new MemoryStream();
        OkrJson.Write(set, stream);
        Assert.Equal(expected, stream.ToArray());
        using var asyncStream = new MemoryStream();
        await OkrJson.WriteAsync(set, asyncStream);
        Assert.Equal(expected, asyncStream.ToArray());
        var path = Path.GetTempFileName();
        try
        {
            OkrJson.WriteFile(set, path);
            Assert.Equal(expected, await File.ReadAllBytesAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void SegmentedBuffer_CharacterSplitAcrossPieces_DecodesWhole()
    {
        // Byte by byte, so that a three-byte character straddles the first 1 MiB piece and the second.
        var bytes = Encoding.UTF8.GetBytes(new string('a', (1 << 20) - 1) + "€" + new string('b', 10));
        using var buffer = new Okr.Core.Serialization.SegmentedBuffer();
        foreach (var b in bytes)
        {
            buffer.GetSpan(1)[0] = b;
            buffer.Advance(1);
        }
        Assert.Equal(2, buffer.Segments.Count());
        Assert.Equal(bytes.Length, buffer.Length);
        Assert.Equal(Encoding.UTF8.GetString(bytes), buffer.ToUtf8String());
        using var stream = new MemoryStream();
        buffer.CopyTo(stream);
        Assert.Equal(bytes, stream.ToArray());
    }

    [Fact]
    public void Write_Problems_NameTheObjectTheyBelongTo()
    {
        var set = new OkrSet
        {
            Objectives = [new Objective { Id = "o", Title = "O" }, new Objective { Id = "p", Title = "P" }],
            KeyResults =
            [
                new KeyResult
                {
                    Id = "k", Title = "K", ObjectiveId = "o",
                    Measure = new MetricMeasure { Start = double.NaN, Target = 10, Extensions = new Dictionary<string, string> { ["kind"] = "1" } },
                    CheckIns = [new CheckIn { Date = new DateOnly(2026, 1, 5), Value = double.PositiveInfinity }],
                },
            ],
            Alignments = [new Alignment { ChildId = "p", ParentId = "o", Kind = AlignmentKind.BottomUp, Weight = double.NaN }],
        };
        var messages = Assert.Throws<OkrValidationException>(() => OkrJson.Write(set)).Diagnostics.Select(d => d.Path + " " + d.Message).ToList();
        Assert.Contains(messages, m => m.StartsWith("$.keyResults[0].measure.start The start of key result 'k' is NaN;", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("$.keyResults[0].measure.kind Key result 'k''s measure has an extension named 'kind'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("$.keyResults[0].checkIns[0].value The value of key result 'k' is Infinity;", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("$.alignments[0].weight The weight of the alignment of 'p' to 'o' is NaN;", StringComparison.Ordinal));
        Assert.Equal(4, messages.Count);
    }

    [Fact]
    public void Write_NotIndented_WritesOneLine()
        => Assert.DoesNotContain("\n", OkrJson.Write(WorkedExamples.TechSolutions(), new OkrJsonOptions { Indented = false }));

    [Fact]
    public void Write_NaNAndInfinity_ReportEveryOneWithItsPath()
    {
        var set = Small(Measure.Metric(double.NaN, double.PositiveInfinity)) with
        {
            Alignments = [new Alignment { ChildId = "o", ParentId = "k", Kind = AlignmentKind.Cascaded, Weight = double.NaN }],
        };
        var e = Assert.Throws<OkrValidationException>(() => OkrJson.Write(set));
        Assert.Equal(
            ["$.keyResults[0].measure.start", "$.keyResults[0].measure.target", "$.alignments[0].weight"],
            e.Diagnostics.Select(d => d.Path));
        Assert.All(e.Diagnostics, d => Assert.Equal(DiagnosticCodes.NumberNotWritable, d.Code));
    }

    [Fact]
    public void Write_NullRequiredValues_ReportValueNotWritable()
    {
        var set = new OkrSet
        {
            Owners = [new Owner { Id = null! }],
            KeyResults = [new KeyResult { Id = "k", Title = null!, ObjectiveId = "o", Measure = null! }],
        };
        var e = Assert.Throws<OkrValidationException>(() => OkrJson.Write(set));
        Assert.Equal(["$.owners[0].id", "$.keyResults[0].title", "$.keyResults[0].measure"], e.Diagnostics.Select(d => d.Path));
        Assert.All(e.Diagnostics, d => Assert.Equal(DiagnosticCodes.ValueNotWritable, d.Code));
    }

    [Theory]
    [InlineData("x-a", "not json")]
    [InlineData("x-a", "1 2")]
    [InlineData("x-a", "")]
    [InlineData("title", "\"shadow\"")]
    public void Write_BadExtension_ReportsInvalidExtension(string name, string text)
    {
        var set = Small(Measure.Baseline(), new Dictionary<string, string> { [name] = text });
        var d = Assert.Single(Assert.Throws<OkrValidationException>(() => OkrJson.Write(set)).Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidExtension, d.Code);
        Assert.Equal("$.keyResults[0]." + name, d.Path);
    }

    [Fact]
    public void Write_Diagnostics_CarryTheIdOfTheObjectBeingWritten()
    {
        var set = Small(Measure.Metric(0, double.NaN)) with { Owners = [new Owner { Id = "a", Kind = (OwnerKind)42 }] };
        var e = Assert.Throws<OkrValidationException>(() => OkrJson.Write(set));
        Assert.Equal([["a"], ["k"]], e.Diagnostics.Select(d => d.Ids.ToArray()));
        Assert.Equal([DiagnosticCodes.ValueNotWritable, DiagnosticCodes.NumberNotWritable], e.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Write_DefaultConfidence_IsRefusedNotDropped()
    {
        var set = Small(Measure.Baseline()) with { };
        set = set with { KeyResults = [set.KeyResults[0] with { CheckIns = [new CheckIn { Date = new DateOnly(2026, 1, 2), Value = 1, Confidence = default(Confidence) }] }] };
        var d = Assert.Single(Assert.Throws<OkrValidationException>(() => OkrJson.Write(set)).Diagnostics);
        Assert.Equal(DiagnosticCodes.ValueNotWritable, d.Code);
        Assert.Equal("$.keyResults[0].checkIns[0].confidence", d.Path);
    }

    [Fact]
    public void Write_LoneSurrogate_IsRefusedNotReplaced()
    {
        var set = new OkrSet { Owners = [new Owner { Id = "a", Name = "bad \uD800 name" }] };
        Assert.Equal(DiagnosticCodes.InvalidText, Assert.Single(Assert.Throws<OkrValidationException>(() => OkrJson.Write(set)).Diagnostics).Code);
    }

    [Fact]
    public void Write_Failure_WritesNothingToTheStreamOrFile()
    {
        var set = Small(Measure.Metric(0, double.NaN));
        using var stream = new MemoryStream();
        Assert.Throws<OkrValidationException>(() => OkrJson.Write(set, stream));
        Assert.Equal(0, stream.Length);
        var path = Path.Combine(Path.GetTempPath(), $"okr-{Guid.NewGuid():N}.json");
        Assert.Throws<OkrValidationException>(() => OkrJson.WriteFile(set, path));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Extensions_OfEveryKind_AreWrittenBackInPlace()
    {
        var json = """
            {"format": "okr/1", "x-doc": {"a": [1, 2.50, "é"]},
             "owners": [{"id": "a", "x-o": true}],
             "periods": [{"id": "q", "start": "2026-01-01", "end": "2026-03-31", "x-p": null}],
             "objectives": [{"id": "o", "title": "O", "ownerIds": ["a"], "x-obj": "s"}],
             "keyResults": [{"id": "k", "title": "K", "objectiveId": "o", "x-kr": 1,
               "measure": {"kind": "milestones", "x-m": 2, "steps": [{"title": "s", "x-s": 3}]},
               "checkIns": [{"date": "2026-01-02", "value": 1, "x-c": 4}],
               "checkpoints": [{"date": "2026-02-02", "value": 0.5, "x-cp": 5}]}],
             "alignments": [{"childId": "o", "parentId": "o", "kind": "shared", "x-al": 6}]}
            """;
        var set = OkrJson.Read(json);
        Assert.Equal("{\"a\":[1,2.50,\"é\"]}", set.Extensions["x-doc"]);
        Assert.Equal("true", set.Owners[0].Extensions["x-o"]);
        Assert.Equal("null", set.Periods[0].Extensions["x-p"]);
        Assert.Equal("\"s\"", set.Objectives[0].Extensions["x-obj"]);
        Assert.Equal("1", set.KeyResults[0].Extensions["x-kr"]);
        Assert.Equal("2", set.KeyResults[0].Measure.Extensions["x-m"]);
        Assert.Equal("3", ((MilestoneMeasure)set.KeyResults[0].Measure).Steps[0].Extensions["x-s"]);
        Assert.Equal("4", set.KeyResults[0].CheckIns[0].Extensions["x-c"]);
        Assert.Equal("5", set.KeyResults[0].Checkpoints[0].Extensions["x-cp"]);
        Assert.Equal("6", set.Alignments[0].Extensions["x-al"]);
        var again = OkrJson.Read(OkrJson.Write(set));
        Assert.Equal(set, again);
        Assert.Contains("\"x-doc\": {", OkrJson.Write(set));
    }

    [Fact]
    public async Task StreamsAndFiles_RoundTripTheSameSet()
    {
        var set = WorkedExamples.ConsultancyCascade();
        using var stream = new MemoryStream();
        OkrJson.Write(set, stream);
        stream.Position = 0;
        Assert.Equal(set, OkrJson.Read(stream));

        using var asyncStream = new MemoryStream();
        await OkrJson.WriteAsync(set, asyncStream);
        Assert.Equal(stream.ToArray(), asyncStream.ToArray());
        asyncStream.Position = 0;
        Assert.Equal(set, await OkrJson.ReadAsync(asyncStream));

        using var forward = new OkrJsonReadErrorTests.ForwardOnlyStream(stream.ToArray());
        Assert.Equal(set, (await OkrJson.TryReadAsync(forward)).ThrowIfFailed());

        var path = Path.Combine(Path.GetTempPath(), $"okr-{Guid.NewGuid():N}.json");
        try
        {
            OkrJson.WriteFile(set, path);
            Assert.Equal(set, OkrJson.ReadFile(path));
            Assert.Equal(OkrJson.Write(set), File.ReadAllText(path, Encoding.UTF8));
            Assert.False(File.ReadAllBytes(path).AsSpan().StartsWith(Encoding.UTF8.Preamble));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ReadAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"format\": \"okr/1\"}"));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => OkrJson.ReadAsync(stream, cancellationToken: cts.Token));
    }

    [Fact]
    public void Options_OutOfRange_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OkrJsonOptions { MaxNesting = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new OkrJsonOptions { MaxDocumentBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new OkrJsonOptions { MaxDiagnostics = 0 });
        Assert.Equal(64, OkrJsonOptions.Default.MaxNesting);
        Assert.Equal(256L * 1024 * 1024, OkrJsonOptions.Default.MaxDocumentBytes);
    }
}
