using System.Text;

namespace Okr.Core.Tests.Serialization;

/// <summary>Every kind of bad input gives its OKR03xx code, the JSON path, the line and column, and an actionable message.</summary>
public class OkrJsonReadErrorTests
{
    private const string Head = "{\"format\": \"okr/1\",\n";

    /// <summary>The 1-based line and byte column of the first occurrence of <paramref name="marker"/> (ASCII text).</summary>
    private static (long Line, long Column) Where(string json, string marker, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++) index = json.IndexOf(marker, index + 1, StringComparison.Ordinal);
        Assert.True(index >= 0, $"marker {marker} not found");
        var before = json[..index];
        var line = before.Count(c => c == '\n') + 1;
        var lineStart = before.LastIndexOf('\n') + 1;
        return (line, Encoding.UTF8.GetByteCount(json[lineStart..index]) + 1);
    }

    private static Diagnostic Single(string json, string code)
    {
        var result = OkrJson.TryRead(json);
        Assert.False(result.Succeeded);
        Assert.Null(result.Set);
        var matching = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"expected one {code}, got:\n{string.Join("\n", result.Diagnostics)}");
        return matching[0];
    }

    private static void AssertAt(Diagnostic d, string path, (long Line, long Column) at)
    {
        Assert.Equal(path, d.Path);
        Assert.Equal(at.Line, d.Line);
        Assert.Equal(at.Column, d.Column);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.False(string.IsNullOrWhiteSpace(d.Message));
    }

    private static string KeyResult(string measure, string extra = "")
        => Head + "\"keyResults\": [\n  {\"id\": \"k\", \"title\": \"t\", \"objectiveId\": \"o\"" + extra + ",\n   \"measure\": " + measure + "}]}";

    [Fact]
    public void Read_MalformedJson_ReportsInvalidJsonWithLineAndColumn()
    {
        var json = Head + "\"owners\": [\n  {\"id\": \"a\" \"name\": \"b\"}]}";
        var d = Single(json, DiagnosticCodes.InvalidJson);
        Assert.Equal(Where(json, "\"name\""), (d.Line!.Value, d.Column!.Value));
        Assert.Contains("not valid JSON", d.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Read_EmptyDocument_SaysItIsEmpty(string json)
    {
        var d = Single(json, DiagnosticCodes.InvalidJson);
        Assert.Contains("empty", d.Message);
    }

    [Theory]
    [InlineData("{\"format\": \"okr/1\",}", "trailing comma")]
    [InlineData("{\"format\": \"okr/1\"} {}", "after a single JSON value")]
    [InlineData("{\"format\": \"okr/1\" /* c */}", "")]
    [InlineData("{'format': 'okr/1'}", "")]
    [InlineData("{\"format\": \"okr/1\"", "")]
    public void Read_SyntaxErrors_AreInvalidJson(string json, string fragment)
    {
        var d = Single(json, DiagnosticCodes.InvalidJson);
        Assert.Contains(fragment, d.Message);
        Assert.DoesNotContain("reader options", d.Message);
        Assert.Equal(1, d.Line);
    }

    [Fact]
    public void Read_DocumentIsAnArray_ReportsWrongType()
    {
        var d = Single("[]", DiagnosticCodes.WrongJsonType);
        AssertAt(d, "$", (1, 1));
    }

    [Theory]
    [InlineData("\"owners\": {}", "$.owners", "{}", "square brackets")]
    [InlineData("\"owners\": [42]", "$.owners[0]", "42", "owner object")]
    [InlineData("\"owners\": [{\"id\": 7}]", "$.owners[0].id", "7", "double quotes")]
    [InlineData("\"objectives\": [{\"id\": \"o\", \"title\": \"t\", \"ownerIds\": \"a\"}]", "$.objectives[0].ownerIds", "\"a\"}", "square brackets")]
    [InlineData("\"objectives\": [{\"id\": \"o\", \"title\": \"t\", \"weightByTarget\": \"yes\"}]", "$.objectives[0].weightByTarget", "\"yes\"", "true or false")]
    [InlineData("\"periods\": [{\"id\": \"q\", \"start\": 20260101, \"end\": \"2026-03-31\"}]", "$.periods[0].start", "20260101", "yyyy-MM-dd")]
    [InlineData("\"keyResults\": [{\"id\": \"k\", \"title\": \"t\", \"objectiveId\": \"o\", \"weight\": \"2\", \"measure\": {\"kind\": \"baseline\"}}]", "$.keyResults[0].weight", "\"2\"", "without quotes")]
    [InlineData("\"alignments\": [{\"childId\": \"a\", \"parentId\": \"b\", \"kind\": 3}]", "$.alignments[0].kind", "3}", "\"bottomUp\"")]
    public void Read_WrongJsonType_ReportsPathLineColumnAndHint(string body, string path, string marker, string hint)
    {
        var json = Head + body + "}";
        var d = Single(json, DiagnosticCodes.WrongJsonType);
        AssertAt(d, path, Where(json, marker));
        Assert.Contains(hint, d.Message);
    }

    [Theory]
    [InlineData("\"owners\": [{\"name\": \"x\"}]", "$.owners[0]", "\"id\"")]
    [InlineData("\"periods\": [{\"id\": \"q\", \"start\": \"2026-01-01\"}]", "$.periods[0]", "\"end\"")]
    [InlineData("\"objectives\": [{\"id\": \"o\"}]", "$.objectives[0]", "\"title\"")]
    [InlineData("\"keyResults\": [{\"id\": \"k\", \"title\": \"t\", \"objectiveId\": \"o\"}]", "$.keyResults[0]", "\"measure\"")]
    [InlineData("\"keyResults\": [{\"id\": \"k\", \"title\": \"t\", \"measure\": {\"kind\": \"baseline\"}}]", "$.keyResults[0]", "\"objectiveId\"")]
    [InlineData("\"keyResults\": [{\"id\": \"k\", \"title\": \"t\", \"objectiveId\": \"o\", \"measure\": {\"kind\": \"metric\", \"start\": 1}}]", "$.keyResults[0].measure", "\"target\"")]
    [InlineData("\"keyResults\": [{\"id\": \"k\", \"title\": \"t\", \"objectiveId\": \"o\", \"measure\": {\"kind\": \"threshold\", \"limit\": 1}}]", "$.keyResults[0].measure", "\"direction\"")]
    [InlineData("\"keyResults\": [{\"id\": \"k\", \"title\": \"t\", \"objectiveId\": \"o\", \"measure\": {\"start\": 1}}]", "$.keyResults[0].measure", "\"kind\"")]
    [InlineData("\"keyResults\": [{\"id\": \"k\", \"title\": \"t\", \"objectiveId\": \"o\", \"measure\": {\"kind\": \"milestones\", \"steps\": [{\"done\": true}]}}]", "$.keyResults[0].measure.steps[0]", "\"title\"")]
    [InlineData("\"keyResults\": [{\"id\": \"k\", \"title\": \"t\", \"objectiveId\": \"o\", \"measure\": {\"kind\": \"baseline\"}, \"checkIns\": [{\"date\": \"2026-01-05\"}]}]", "$.keyResults[0].checkIns[0]", "\"value\"")]
    [InlineData("\"keyResults\": [{\"id\": \"k\", \"title\": \"t\", \"objectiveId\": \"o\", \"measure\": {\"kind\": \"baseline\"}, \"checkpoints\": [{\"value\": 3}]}]", "$.keyResults[0].checkpoints[0]", "\"date\"")]
    [InlineData("\"alignments\": [{\"childId\": \"a\", \"kind\": \"shared\"}]", "$.alignments[0]", "\"parentId\"")]
    public void Read_MissingRequiredProperty_PointsAtTheObjectAndNamesTheProperty(string body, string path, string property)
    {
        var json = Head + body + "}";
        var d = Single(json, DiagnosticCodes.MissingProperty);
        Assert.Equal(path, d.Path);
        Assert.Contains(property, d.Message);
        Assert.Equal(2, d.Line);
        Assert.InRange(d.Column!.Value, 2, body.Length); // the object's column, somewhere inside the one-line body
    }

    [Fact]
    public void Read_UnknownFormatVersion_ReportsOnlyTheVersion()
    {
        var json = "{\"owners\": 5,\n \"format\": \"okr/2\"}";
        var result = OkrJson.TryRead(json);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnsupportedFormat, d.Code);
        AssertAt(d, "$.format", Where(json, "\"okr/2\""));
        Assert.Contains("okr/2", d.Message);
        Assert.Contains("upgrade", d.Message);
    }

    [Theory]
    [InlineData("{\"owners\": []}")]
    [InlineData("{\"format\": \"OKR v1\"}")]
    public void Read_MissingOrForeignFormat_ReportsUnsupportedFormat(string json)
        => Assert.Contains("okr/1", Single(json, DiagnosticCodes.UnsupportedFormat).Message);

    [Fact]
    public void Read_DuplicateProperty_ReportsTheSecondOccurrence()
    {
        var json = Head + "\"owners\": [{\"id\": \"a\",\n  \"id\": \"b\"}]}";
        var d = Single(json, DiagnosticCodes.DuplicateProperty);
        AssertAt(d, "$.owners[0].id", Where(json, "\"id\"", 2));
    }

    [Fact]
    public void Read_DuplicateExtensionProperty_IsReportedToo()
    {
        var json = Head + "\"x-a\": 1, \"x-a\": 2}";
        AssertAt(Single(json, DiagnosticCodes.DuplicateProperty), "$.x-a", Where(json, "\"x-a\"", 2));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    public void Read_NumberOutOfRange_ReportsIt(string number)
    {
        var json = KeyResult("{\"kind\": \"metric\", \"start\": 0, \"target\": " + number + "}");
        var d = Single(json, DiagnosticCodes.NumberOutOfRange);
        AssertAt(d, "$.keyResults[0].measure.target", Where(json, number));
    }

    [Theory]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    [InlineData("\"-Infinity\"")]
    [InlineData("\"nan\"")]
    public void Read_NaNWrittenAsString_ReportsNotANumberString(string value)
    {
        var json = KeyResult("{\"kind\": \"metric\", \"start\": " + value + ", \"target\": 10}");
        var d = Single(json, DiagnosticCodes.NotANumberString);
        AssertAt(d, "$.keyResults[0].measure.start", Where(json, value));
        Assert.Contains("finite", d.Message);
    }

    [Fact]
    public void Read_NaNConfidence_ReportsNotANumberString()
    {
        var json = KeyResult("{\"kind\": \"baseline\"}", ", \"checkIns\": [{\"date\": \"2026-01-02\", \"value\": 1, \"confidence\": \"NaN\"}]");
        AssertAt(Single(json, DiagnosticCodes.NotANumberString), "$.keyResults[0].checkIns[0].confidence", Where(json, "\"NaN\""));
    }

    [Theory]
    [InlineData("2026-03-31")]
    [InlineData("\\u0032026-03-31")]   // an escaped digit: JSON allows it, the date is the same
    [InlineData("2026\\u002D03-31")]   // an escaped hyphen
    public void Read_DateWrittenPlainOrEscaped_IsTheSameDay(string date)
    {
        var json = Head + "\"periods\": [{\"id\": \"q\", \"start\": \"2026-01-01\", \"end\": \"" + date + "\"}]}";
        Assert.Equal(new DateOnly(2026, 3, 31), OkrJson.Read(json).Periods[0].End);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2026/03/31")]
    [InlineData("31.03.2026")]
    [InlineData("2026-3-31")]
    [InlineData("2026-03-31T00:00:00")]
    [InlineData("")]
    public void Read_DateThatDoesNotParse_ReportsInvalidDate(string date)
    {
        var json = Head + "\"periods\": [{\"id\": \"q\", \"start\": \"2026-01-01\",\n \"end\": \"" + date + "\"}]}";
        var d = Single(json, DiagnosticCodes.InvalidDate);
        AssertAt(d, "$.periods[0].end", Where(json, "\"" + date + "\"}"));
        Assert.Contains("yyyy-MM-dd", d.Message);
    }

    [Theory]
    [InlineData("\"owners\": [{\"id\": \"a\", \"kind\": \"tribe\"}]", "$.owners[0].kind", "\"tribe\"")]
    [InlineData("\"objectives\": [{\"id\": \"o\", \"title\": \"t\", \"commitment\": \"stretch\"}]", "$.objectives[0].commitment", "\"stretch\"")]
    [InlineData("\"objectives\": [{\"id\": \"o\", \"title\": \"t\", \"progressSource\": \"KeyResults\"}]", "$.objectives[0].progressSource", "\"KeyResults\"")]
    [InlineData("\"alignments\": [{\"childId\": \"a\", \"parentId\": \"b\", \"kind\": \"sideways\"}]", "$.alignments[0].kind", "\"sideways\"")]
    [InlineData("\"keyResults\": [{\"id\": \"k\", \"title\": \"t\", \"objectiveId\": \"o\", \"measure\": {\"kind\": \"gauge\"}}]", "$.keyResults[0].measure.kind", "\"gauge\"")]
    [InlineData("\"keyResults\": [{\"id\": \"k\", \"title\": \"t\", \"objectiveId\": \"o\", \"measure\": {\"kind\": \"threshold\", \"direction\": \"above\", \"limit\": 1}}]", "$.keyResults[0].measure.direction", "\"above\"")]
    [InlineData("\"keyResults\": [{\"id\": \"k\", \"title\": \"t\", \"objectiveId\": \"o\", \"measure\": {\"kind\": \"baseline\"}, \"checkIns\": [{\"date\": \"2026-01-02\", \"value\": 1, \"confidence\": \"sure\"}]}]", "$.keyResults[0].checkIns[0].confidence", "\"sure\"")]
    public void Read_UnknownChoice_ReportsUnknownEnumValue(string body, string path, string marker)
    {
        var json = Head + body + "}";
        AssertAt(Single(json, DiagnosticCodes.UnknownEnumValue), path, Where(json, marker));
    }

    [Fact]
    public void Read_EnumInWrongCase_SuggestsTheRightSpelling()
        => Assert.Contains("did you mean \"bottomUp\"", Single(Head + "\"alignments\": [{\"childId\": \"a\", \"parentId\": \"b\", \"kind\": \"BottomUp\"}]}", DiagnosticCodes.UnknownEnumValue).Message);

    [Fact]
    public void Read_NestingDeeperThanTheLimit_ReportsNestingTooDeep()
    {
        var json = Head + "\"x-deep\": " + new string('[', 100) + new string(']', 100) + "}";
        var d = Single(json, DiagnosticCodes.NestingTooDeep);
        // The document object is level 1, so the 64th bracket opens level 65.
        Assert.Equal(Where(json, "[").Column + 63, d.Column);
        Assert.Contains("64", d.Message);
    }

    [Fact]
    public void Read_NestingWithinARaisedLimit_IsKept()
    {
        var json = Head + "\"x-deep\": " + new string('[', 100) + new string(']', 100) + "}";
        var set = OkrJson.Read(json, new OkrJsonOptions { MaxNesting = 128 });
        Assert.Equal(new string('[', 100) + new string(']', 100), set.Extensions["x-deep"]);
    }

    [Fact]
    public void Read_VeryDeepExtensionUnderAHighLimit_IsKeptAndWrittenBack()
    {
        // Deeper than System.Text.Json's default writer limit of 1,000, which the option must lift too.
        var deep = new string('[', 1_200) + new string(']', 1_200);
        var options = new OkrJsonOptions { MaxNesting = 1_300 };
        var set = OkrJson.Read(Head + "\"x-deep\": " + deep + "}", options);
        Assert.Equal(deep, set.Extensions["x-deep"]);
        Assert.Equal(set, OkrJson.Read(OkrJson.Write(set, options), options));
    }

    [Fact]
    public void Read_DocumentLargerThanTheLimit_ReportsDocumentTooLarge()
    {
        var json = Head + "\"name\": \"" + new string('a', 200) + "\"}";
        var options = new OkrJsonOptions { MaxDocumentBytes = 100 };
        var d = Assert.Single(OkrJson.TryRead(json, options).Diagnostics);
        Assert.Equal(DiagnosticCodes.DocumentTooLarge, d.Code);
        Assert.Contains("MaxDocumentBytes", d.Message);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        Assert.Equal(DiagnosticCodes.DocumentTooLarge, Assert.Single(OkrJson.TryRead(stream, options).Diagnostics).Code);
        using var unseekable = new ForwardOnlyStream(Encoding.UTF8.GetBytes(json));
        Assert.Equal(DiagnosticCodes.DocumentTooLarge, Assert.Single(OkrJson.TryRead(unseekable, options).Diagnostics).Code);
    }

    [Fact]
    public void Read_DocumentExactlyAtTheLimit_IsRead()
    {
        var json = "{\"format\": \"okr/1\"}";
        var options = new OkrJsonOptions { MaxDocumentBytes = json.Length };
        Assert.True(OkrJson.TryRead(json, options).Succeeded);
        using var unseekable = new ForwardOnlyStream(Encoding.UTF8.GetBytes(json));
        Assert.True(OkrJson.TryRead(unseekable, options).Succeeded);
    }

    [Fact]
    public void Read_InvalidUtf8_ReportsInvalidTextAtTheByte()
    {
        var bytes = Encoding.UTF8.GetBytes(Head + "\"name\": \"ab\"}");
        var at = Array.IndexOf(bytes, (byte)'b');
        bytes[at] = 0xC3; // a lead byte followed by '"' is not UTF-8
        using var stream = new MemoryStream(bytes);
        var d = Assert.Single(OkrJson.TryRead(stream).Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidText, d.Code);
        Assert.Equal(2, d.Line);
        Assert.Equal(11, d.Column);
    }

    [Fact]
    public void Read_LoneSurrogateEscape_ReportsInvalidText()
    {
        var json = Head + "\"objectives\": [{\"id\": \"o\", \"title\": \"\\uD800\"}]}";
        AssertAt(Single(json, DiagnosticCodes.InvalidText), "$.objectives[0].title", Where(json, "\"\\uD800\""));
    }

    [Fact]
    public void Read_StringWithARawLoneSurrogate_ReportsInvalidTextInsteadOfReplacingIt()
    {
        var json = Head + "\"name\": \"é\uD800\"}";
        var d = Assert.Single(OkrJson.TryRead(json).Diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidText, d.Code);
        Assert.Equal((2L, 12L), (d.Line!.Value, d.Column!.Value)); // "name": "é is 11 bytes
    }

    [Fact]
    public void Read_ByteOrderMark_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"format\": \"okr/1\", \"name\": \"n\"}")).ToArray();
        using var stream = new MemoryStream(bytes);
        Assert.Equal("n", OkrJson.Read(stream).Name);
    }

    [Fact]
    public void Read_ManyProblems_ReportsEveryOneInDocumentOrder()
    {
        var json = Head
            + "\"owners\": [{\"id\": 1}, {\"id\": \"b\", \"kind\": \"tribe\"}],\n"
            + "\"periods\": [{\"id\": \"q\", \"start\": \"2026-13-01\", \"end\": \"2026-03-31\"}],\n"
            + "\"keyResults\": [{\"id\": \"k\", \"title\": \"t\", \"objectiveId\": \"o\", \"measure\": {\"kind\": \"metric\", \"start\": \"NaN\", \"target\": 1e999}}]}";
        var result = OkrJson.TryRead(json);
        Assert.Equal(
            [DiagnosticCodes.WrongJsonType, DiagnosticCodes.UnknownEnumValue, DiagnosticCodes.InvalidDate, DiagnosticCodes.NotANumberString, DiagnosticCodes.NumberOutOfRange],
            result.Diagnostics.Select(d => d.Code));
        Assert.Equal([2L, 2, 3, 4, 4], result.Diagnostics.Select(d => d.Line!.Value));
        var e = Assert.Throws<OkrValidationException>(() => OkrJson.Read(json));
        Assert.Equal(result.Diagnostics, e.Diagnostics);
        Assert.Contains("line 4", e.Message);
    }

    [Fact]
    public void Read_MoreProblemsThanTheLimit_StopsWithTooManyDiagnostics()
    {
        var owners = string.Join(", ", Enumerable.Range(0, 50).Select(_ => "{\"id\": 0}"));
        var result = OkrJson.TryRead(Head + "\"owners\": [" + owners + "]}", new OkrJsonOptions { MaxDiagnostics = 10 });
        Assert.Equal(11, result.Diagnostics.Count);
        Assert.Equal(DiagnosticCodes.TooManyDiagnostics, result.Diagnostics[^1].Code);
    }

    [Theory]
    [InlineData("\"owners\": [{\"id\": \"a\", \"Name\": \"x\"}]", "$.owners[0].Name", "'name'")]
    [InlineData("\"keyResults\": [{\"id\": \"k\", \"title\": \"t\", \"objectiveId\": \"o\", \"measure\": {\"kind\": \"metric\", \"start\": 0, \"target\": 1, \"limit\": 3}}]", "$.keyResults[0].measure.limit", "another measure kind")]
    public void Read_SuspiciousExtension_IsKeptWithAWarning(string body, string path, string fragment)
    {
        var result = OkrJson.TryRead(Head + body + "}");
        Assert.True(result.Succeeded);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.SuspiciousExtension, d.Code);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(path, d.Path);
        Assert.Contains(fragment, d.Message);
    }

    [Fact]
    public void Read_NullForAnOptionalProperty_MeansAbsent()
    {
        var set = OkrJson.Read(Head + "\"name\": null, \"owners\": [{\"id\": \"a\", \"parentId\": null, \"kind\": null}], \"alignments\": null}");
        Assert.Null(set.Name);
        Assert.Equal(new Owner { Id = "a" }, Assert.Single(set.Owners));
    }

    [Fact]
    public void Read_NullForARequiredProperty_IsAWrongType()
        => AssertAt(Single(Head + "\"owners\": [{\"id\": null}]}", DiagnosticCodes.WrongJsonType), "$.owners[0].id", Where(Head + "\"owners\": [{\"id\": null}]}", "null"));

    [Fact]
    public void Read_ExtensionNamesThatNeedQuoting_UseBracketPaths()
    {
        var json = Head + "\"owners\": [{\"id\": \"a\", \"x y\": 1, \"x y\": 2}]}";
        Assert.Equal("$.owners[0]['x y']", Single(json, DiagnosticCodes.DuplicateProperty).Path);
    }

    /// <summary>A stream that cannot seek and hands out a few bytes at a time.</summary>
    internal sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 7), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
