using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Arbitraries;

/// <summary>One drawn edit; what it does depends on <see cref="Kind"/>, and positions are taken modulo the document's length.</summary>
public sealed record Edit(int Kind, int At, int Length, int Byte, bool Structural, int Token, int TokenOp, int Replacement, int OtherToken);

/// <summary>
/// One to three edits of a valid source document (a sample file or a generated set, indented or compact): flip,
/// insert, delete, duplicate or truncate bytes, or replace, delete, repeat or swap a token of the source. Prints the
/// source, each edit as applied and the start of the mutated text, so a shrunk counterexample can be replayed by eye.
/// </summary>
public sealed record DocumentMutation(int Source, IReadOnlyList<Edit> Edits)
{
    /// <summary>The valid documents mutations start from, shortest first (so shrinking the index shrinks the source).</summary>
    public static readonly IReadOnlyList<(string Name, byte[] Bytes)> Sources = BuildSources();

    public static readonly string[] Replacements =
    [
        "\"NaN\"", "\"Infinity\"", "1e999", "-1e999", "1e-999", "-0", "0", "1", "-1", "1.5", "12345678901234567890", "null", "true", "false",
        "{}", "[]", "\"\"", "\"x\"", "\"2026-02-30\"", "\"2026-13-01\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"okr/2\"", "\"okr/1\"",
        "\"\\uD800\"", "\"\\uDC00x\"", "\"metric\"", "\"threshold\"", "\"milestones\"", "\"baseline\"", "\"cascaded\"", "\"atMost\"",
        "\"high\"", "\"kind\"", "{\"a\":1,\"a\":2}", "[null]", "[{}]", "{\"kind\":\"metric\"}", "\"\\u0000\"", "\"é\"",
        new string('[', 70) + new string(']', 70), new string('[', 5000), "\"" + new string('a', 300) + "\"",
    ];

    private static readonly byte[] StructuralBytes = "{}[],:\"\\ \n0-.eE"u8.ToArray();

    private static IReadOnlyList<(string, byte[])> BuildSources()
    {
        var sources = new List<(string, byte[])>();
        foreach (var file in SampleData.Files) sources.Add((Path.GetFileName(file), File.ReadAllBytes(file)));
        var sets = OkrJsonArbitraries.FixedSets(12);
        for (var i = 0; i < sets.Count; i++)
        {
            sources.Add(($"generated set {i}", Encoding.UTF8.GetBytes(OkrJson.Write(sets[i]))));
            sources.Add(($"generated set {i} (compact)", Encoding.UTF8.GetBytes(OkrJson.Write(sets[i], new OkrJsonOptions { Indented = false }))));
        }
        return [.. sources.OrderBy(s => s.Item2.Length)];
    }

    /// <summary>The start and end of every token of a valid document.</summary>
    public static List<(int Start, int End)> Tokens(byte[] json)
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

    /// <summary>The mutated bytes, and what each edit did.</summary>
    public (byte[] Bytes, List<string> Applied) Apply()
    {
        var source = Sources[Source % Sources.Count].Bytes;
        var bytes = new List<byte>(source);
        var applied = new List<string>();
        foreach (var e in Edits)
        {
            if (bytes.Count == 0) bytes.Add((byte)'{');
            var at = e.At % bytes.Count;
            switch (e.Kind)
            {
                case 0:
                    applied.Add($"set byte {at} to 0x{e.Byte:x2}");
                    bytes[at] = (byte)e.Byte;
                    break;
                case 1:
                    var inserted = e.Structural ? StructuralBytes[e.Byte % StructuralBytes.Length] : (byte)e.Byte;
                    applied.Add($"insert 0x{inserted:x2} at {at}");
                    bytes.Insert(at, inserted);
                    break;
                case 2:
                    var deleted = Math.Min(1 + e.Length % 40, bytes.Count - at);
                    applied.Add($"delete {deleted} bytes at {at}");
                    bytes.RemoveRange(at, deleted);
                    break;
                case 3:
                    var length = Math.Min(1 + e.Length, bytes.Count - at);
                    var copy = bytes.GetRange(at, length);
                    var to = e.Replacement % (bytes.Count + 1);
                    applied.Add($"copy {length} bytes from {at} to {to}");
                    bytes.InsertRange(to, copy);
                    break;
                case 4:
                    applied.Add($"truncate at {at}");
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    // Token edits work on the (still valid) source document and end the mutation.
                    var tokens = Tokens(source);
                    var (start, end) = tokens[e.Token % tokens.Count];
                    var text = source.AsSpan(start, end - start).ToArray();
                    var token = Encoding.UTF8.GetString(text);
                    var result = new List<byte>(source);
                    switch (e.TokenOp)
                    {
                        case 0:
                            var replacement = Replacements[e.Replacement % Replacements.Length];
                            applied.Add($"replace token {token} at {start} with {OkrJsonArbitraries.Describe(replacement)}");
                            result.RemoveRange(start, end - start);
                            result.InsertRange(start, Encoding.UTF8.GetBytes(replacement));
                            break;
                        case 1:
                            applied.Add($"delete token {token} at {start}");
                            result.RemoveRange(start, end - start);
                            break;
                        case 2:
                            applied.Add($"repeat token {token} at {start}");
                            result.InsertRange(end, [(byte)',', .. text]);
                            break;
                        default:
                            var (start2, end2) = tokens[e.OtherToken % tokens.Count];
                            if (start2 >= end)
                            {
                                var other = source.AsSpan(start2, end2 - start2).ToArray();
                                applied.Add($"swap token {token} at {start} with {Encoding.UTF8.GetString(other)} at {start2}");
                                result.RemoveRange(start2, end2 - start2);
                                result.InsertRange(start2, text);
                                result.RemoveRange(start, end - start);
                                result.InsertRange(start, other);
                            }
                            else
                            {
                                applied.Add("swap tokens (none after, unchanged source)");
                            }
                            break;
                    }
                    return ([.. result], applied);
            }
        }
        return ([.. bytes], applied);
    }

    public override string ToString()
    {
        var (bytes, applied) = Apply();
        var (name, source) = Sources[Source % Sources.Count];
        return $"Mutation of source {Source % Sources.Count} ({name}, {source.Length} bytes): {string.Join("; ", applied)}. Result ({bytes.Length} bytes): "
            + OkrJsonArbitraries.Describe(Encoding.UTF8.GetString(bytes).ReplaceLineEndings(" "));
    }

    private static readonly Gen<Edit> EditGen =
        from kind in Gen.Choose(0, 8)
        from at in Gen.Choose(0, int.MaxValue - 1)
        from length in Gen.Choose(0, 199)
        from b in Gen.Choose(0, 255)
        from structural in Gen.Elements(false, true)
        from token in Gen.Choose(0, int.MaxValue - 1)
        from tokenOp in Gen.Choose(0, 3)
        from replacement in Gen.Choose(0, int.MaxValue - 1)
        from other in Gen.Choose(0, int.MaxValue - 1)
        select new Edit(kind, at, length, b, structural, token, tokenOp, replacement, other);

    /// <summary>A source and 1 to 3 edits; shrinks by dropping edits, then toward shorter sources and earlier positions.</summary>
    public static Arbitrary<DocumentMutation> Arbitrary()
    {
        var gen = from source in Gen.Choose(0, Sources.Count - 1)
                  from count in Gen.Choose(1, 3)
                  from edits in EditGen.ListOf(count)
                  select new DocumentMutation(source, [.. edits]);
        return Arb.From(gen, Shrink);
    }

    private static IEnumerable<DocumentMutation> Shrink(DocumentMutation m)
    {
        for (var i = m.Edits.Count - 1; i >= 0 && m.Edits.Count > 1; i--) yield return m with { Edits = [.. m.Edits.Where((_, j) => j != i)] };
        if (m.Source > 0) yield return m with { Source = 0 };
        if (m.Source > 1) yield return m with { Source = m.Source / 2 };
        for (var i = 0; i < m.Edits.Count; i++)
        {
            var e = m.Edits[i];
            if (e.At > 0) yield return With(m, i, e with { At = e.At / 2 });
            if (e.Token > 0) yield return With(m, i, e with { Token = e.Token / 2 });
            if (e.Length > 0) yield return With(m, i, e with { Length = e.Length / 2 });
        }
    }

    private static DocumentMutation With(DocumentMutation m, int index, Edit edit) => m with { Edits = [.. m.Edits.Select((e, i) => i == index ? edit : e)] };
}
