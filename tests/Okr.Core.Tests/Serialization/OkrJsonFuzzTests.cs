using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Serialization;

/// <summary>
/// Fuzz-style properties: random byte and token mutations of valid documents never make anything but
/// <see cref="OkrValidationException"/> (or a failed <see cref="OkrJsonReadResult"/>) come out, and whatever is
/// accepted still round-trips.
/// </summary>
public class OkrJsonFuzzTests
{
    private static readonly byte[][] Sources = BuildSources();

    private static readonly string[] Replacements =
    [
        "\"NaN\"", "\"Infinity\"", "1e999", "-1e999", "1e-999", "-0", "0", "1", "-1", "1.5", "12345678901234567890", "null", "true", "false",
        "{}", "[]", "\"\"", "\"x\"", "\"2026-02-30\"", "\"2026-13-01\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"okr/2\"", "\"okr/1\"",
        "\"\\uD800\"", "\"\\uDC00x\"", "\"metric\"", "\"threshold\"", "\"milestones\"", "\"baseline\"", "\"cascaded\"", "\"atMost\"",
        "\"high\"", "\"kind\"", "{\"a\":1,\"a\":2}", "[null]", "[{}]", "{\"kind\":\"metric\"}", "\"\\u0000\"", "\"é\"",
        new string('[', 70) + new string(']', 70), new string('[', 5000), "\"" + new string('a', 300) + "\"",
    ];

    private static readonly byte[] Structural = "{}[],:\"\\ \n0-.eE"u8.ToArray();

    private static byte[][] BuildSources()
    {
        var sources = new List<byte[]>();
        foreach (var file in SampleData.Files) sources.Add(File.ReadAllBytes(file));
        for (var seed = 0; seed < 12; seed++)
        {
            var set = OkrJsonGenerators.SetFrom(seed);
            sources.Add(Encoding.UTF8.GetBytes(OkrJson.Write(set)));
            sources.Add(Encoding.UTF8.GetBytes(OkrJson.Write(set, new OkrJsonOptions { Indented = false })));
        }
        return [.. sources];
    }

    /// <summary>The start and end of every token of a valid document.</summary>
    private static List<(int Start, int End)> Tokens(byte[] json)
    {
        var tokens = new List<(int, int)>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1000 });
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            var end = (int)reader.BytesConsumed;
            if (reader.TokenType == JsonTokenType.PropertyName) end = start + reader.ValueSpan.Length + 2;
            tokens.Add((start, end));
        }
        return tokens;
    }

    private static byte[] Mutate(byte[] source, Random r)
    {
        var bytes = new List<byte>(source);
        for (var m = r.Next(1, 4); m > 0; m--)
        {
            if (bytes.Count == 0) bytes.Add((byte)'{');
            var at = r.Next(bytes.Count);
            switch (r.Next(9))
            {
                case 0: // flip a byte to anything
                    bytes[at] = (byte)r.Next(256);
                    break;
                case 1: // insert a byte, often a structural one
                    bytes.Insert(at, r.Next(2) == 0 ? (byte)r.Next(256) : Structural[r.Next(Structural.Length)]);
                    break;
                case 2: // delete a range
                    bytes.RemoveRange(at, Math.Min(r.Next(1, 40), bytes.Count - at));
                    break;
                case 3: // duplicate a range somewhere else
                    var length = Math.Min(r.Next(1, 200), bytes.Count - at);
                    var copy = bytes.GetRange(at, length);
                    bytes.InsertRange(r.Next(bytes.Count + 1), copy);
                    break;
                case 4: // truncate
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default: // token mutations on the (still valid) source document
                    var tokens = Tokens(source);
                    var (start, end) = tokens[r.Next(tokens.Count)];
                    var text = source.AsSpan(start, end - start).ToArray();
                    var result = new List<byte>(source);
                    switch (r.Next(4))
                    {
                        case 0:
                            result.RemoveRange(start, end - start);
                            result.InsertRange(start, Encoding.UTF8.GetBytes(Replacements[r.Next(Replacements.Length)]));
                            break;
                        case 1:
                            result.RemoveRange(start, end - start);
                            break;
                        case 2:
                            result.InsertRange(end, [(byte)',', .. text]);
                            break;
                        default:
                            var (start2, end2) = tokens[r.Next(tokens.Count)];
                            if (start2 >= end)
                            {
                                var other = source.AsSpan(start2, end2 - start2).ToArray();
                                result.RemoveRange(start2, end2 - start2);
                                result.InsertRange(start2, text);
                                result.RemoveRange(start, end - start);
                                result.InsertRange(start, other);
                            }
                            break;
                    }
                    return [.. result];
            }
        }
        return [.. bytes];
    }

    private static bool Check(byte[] bytes)
    {
        var options = new OkrJsonOptions { MaxDiagnostics = 50 };
        var result = OkrJson.TryRead(new MemoryStream(bytes), options);
        foreach (var d in result.Diagnostics)
        {
            if (!d.Code.StartsWith("OKR03", StringComparison.Ordinal) || d.Path is null) throw new InvalidOperationException("Unexpected diagnostic: " + d);
            if (d.Line is null && d.Code is not (DiagnosticCodes.DocumentTooLarge or DiagnosticCodes.TooManyDiagnostics)) throw new InvalidOperationException("No line: " + d);
            if (d.Line is not null && d.Column is null) throw new InvalidOperationException("A line but no column: " + d);
        }
        if (result.Succeeded)
        {
            _ = result.CompileLocated();
            var again = OkrJson.Read(OkrJson.Write(result.Set!));
            if (!again.Equals(result.Set)) throw new InvalidOperationException("An accepted document did not round-trip.");
        }
        else
        {
            try
            {
                OkrJson.Read(new MemoryStream(bytes), options);
                throw new InvalidOperationException("Read succeeded where TryRead failed.");
            }
            catch (OkrValidationException e) when (e.Diagnostics.Count > 0)
            {
            }
            if (result.CompileLocated().Succeeded) throw new InvalidOperationException("Compile of a failed read succeeded.");
        }
        return true;
    }

    [Fact]
    public void Fuzz_MutatedDocuments_OnlyEverFailWithOkrDiagnostics()
    {
        var cases = Gen.Choose(0, Sources.Length - 1).SelectMany(source => Gen.Choose(0, int.MaxValue), (source, seed) => (source, seed));
        Prop.ForAll(Arb.From(cases), c => Check(Mutate(Sources[c.source], new Random(c.seed))))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(6_000));
    }

    [Fact]
    public void Fuzz_RandomBytes_OnlyEverFailWithOkrDiagnostics()
    {
        var r = new Random(20260123);
        for (var i = 0; i < 500; i++)
        {
            var bytes = new byte[r.Next(0, 64)];
            r.NextBytes(bytes);
            Check(bytes);
        }
    }

    [Fact]
    public void Fuzz_StringsWithLoneSurrogatesAndControlCharacters_OnlyEverFailWithOkrDiagnostics()
    {
        var r = new Random(42);
        var source = Encoding.UTF8.GetString(Sources[0]);
        char[] pool = ['\uD800', '\uDC00', '\u0000', '\u001f', '"', '\\', '{', '}', 'é', '\uFFFF', '\uFEFF'];
        for (var i = 0; i < 500; i++)
        {
            var text = new StringBuilder(source);
            for (var m = r.Next(1, 4); m > 0; m--) text.Insert(r.Next(text.Length + 1), pool[r.Next(pool.Length)]);
            var result = OkrJson.TryRead(text.ToString());
            Assert.All(result.Diagnostics, d => Assert.StartsWith("OKR03", d.Code));
            if (result.Succeeded) Assert.Equal(result.Set, OkrJson.Read(OkrJson.Write(result.Set!)));
        }
    }

    [Fact]
    public void Fuzz_ReplacementsAtEveryTokenOfTechSolutions_OnlyEverFailWithOkrDiagnostics()
    {
        var source = File.ReadAllBytes(SampleData.PathOf("techsolutions.json"));
        var tokens = Tokens(source);
        var accepted = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var (start, end) = tokens[t];
            // Five replacements per token, rotating so every replacement meets every kind of token.
            for (var k = 0; k < 5; k++)
            {
                var replacement = Replacements[(t * 7 + k * 11) % Replacements.Length];
                var bytes = new List<byte>(source);
                bytes.RemoveRange(start, end - start);
                bytes.InsertRange(start, Encoding.UTF8.GetBytes(replacement));
                if (Check([.. bytes]) && OkrJson.TryRead(new MemoryStream([.. bytes])).Succeeded) accepted++;
            }
        }
        Assert.True(accepted > 0);
    }
}
