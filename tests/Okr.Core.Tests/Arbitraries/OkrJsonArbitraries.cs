using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Okr.Core.Tests.Arbitraries;

/// <summary>
/// An arbitrary (not necessarily valid) <see cref="OkrSet"/> for the JSON format's properties: every field, every
/// measure kind, awkward text and numbers, and vendor extensions on every object that has them. Prints as the
/// compact document the writer makes, so a shrunk counterexample is a short, readable JSON text.
/// </summary>
public sealed record JsonSet(OkrSet Set)
{
    public override string ToString()
    {
        try
        {
            return "JSON set: " + OkrJson.Write(Set, new OkrJsonOptions { Indented = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"JSON set ({Set.Objectives.Count} objectives, {Set.KeyResults.Count} key results) the writer rejects: {e.Message}";
        }
    }
}

/// <summary>
/// FsCheck arbitraries for JSON documents, composed from <see cref="Gen"/>: <see cref="JsonSet"/> (shrinks by dropping
/// list items, extensions, check-ins and optional fields) and <see cref="DocumentMutation"/> (byte and token edits of
/// valid documents, shrinking by dropping edits and moving them toward the start of the shortest source).
/// Register with <c>Arbitrary = new[] { typeof(OkrJsonArbitraries) }</c>.
/// </summary>
public static class OkrJsonArbitraries
{
    private static readonly string[] Pieces =
    [
        "a", "b", "Z", "0", "7", " ", "-", "_", "/", ".", "\"", "\\", "'", "<", ">", "&", "\t", "\n", "\r", "\u0001", "\u001f",
        "é", "ß", "中", "文", "🙂", "𝄞", "\u2028", "\u00a0", "{", "}", "[", "]", ":", ",", "$", "%",
    ];

    private static readonly double[] SpecialNumbers =
    [
        0, -0.0, 1, -1, 0.1, 0.3, 4.35, 1e-300, -1e-300, double.Epsilon, double.MaxValue, -double.MaxValue, 1e21, 123456789012345678, 0.30000000000000004,
    ];

    /// <summary>Text of 0 to 8 pieces: letters, quotes, escapes, control characters, non-ASCII and surrogate pairs.</summary>
    public static readonly Gen<string> Text =
        from count in Gen.Choose(0, 8)
        from pieces in Gen.Elements(Pieces).ArrayOf(count)
        select string.Concat(pieces);

    /// <summary>A finite double: special values, integers, fractions, values of every magnitude, and FsCheck's own doubles.</summary>
    public static readonly Gen<double> Number = Gen.OneOf(
        Gen.Elements(SpecialNumbers),
        Gen.Choose(-1000, 1000).Select(i => (double)i),
        from x in Gen.Choose(-1_000_000, 1_000_000) from digits in Gen.Choose(0, 5) select Math.Round(x / 10_000.0, digits),
        from m in Gen.Choose(-500_000, 500_000) from e in Gen.Choose(-300, 299) select m / 1e6 * Math.Pow(10, e),
        ArbMap.Default.GeneratorFor<double>().Where(double.IsFinite));

    private static readonly Gen<DateOnly> Day = Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber);

    private static Gen<string?> MaybeText => Gen.OneOf(Gen.Constant<string?>(null), Text.Select(t => (string?)t));

    private static Gen<List<T>> List<T>(int max, Gen<T> item) => Gen.Choose(0, max).SelectMany(n => item.ListOf(n)).Select(l => l.ToList());

    private static Gen<T> Enum<T>(int count) where T : struct, System.Enum => Gen.Choose(0, count - 1).Select(i => (T)(object)i);

    private static readonly Gen<Dictionary<string, string>> Extensions = Gen.Frequency(
        (2, Gen.Fresh(() => new Dictionary<string, string>())),
        (1, from n in Gen.Choose(1, 2)
            from pairs in (from name in Text from value in ExtensionValue select (name, value)).ListOf(n)
            select pairs.GroupBy(p => "x-" + p.name).ToDictionary(g => g.Key, g => g.Last().value)));

    /// <summary>A JSON value as the reader keeps it: compact text, as written by a compact writer.</summary>
    public static Gen<string> ExtensionValue => JsonValue(0).Select(Compact);

    private static Gen<JsonNode?> JsonValue(int depth)
    {
        var leaves = new[]
        {
            Gen.Constant<JsonNode?>(null),
            Gen.Elements(true, false).Select(b => (JsonNode?)System.Text.Json.Nodes.JsonValue.Create(b)),
            Number.Select(n => (JsonNode?)System.Text.Json.Nodes.JsonValue.Create(n)),
            Text.Select(t => (JsonNode?)System.Text.Json.Nodes.JsonValue.Create(t)),
        };
        if (depth >= 3) return Gen.OneOf(leaves);
        var array = from n in Gen.Choose(0, 3) from items in JsonValue(depth + 1).ListOf(n) select (JsonNode?)new JsonArray([.. items]);
        var obj = from n in Gen.Choose(0, 3)
                  from names in Text.ArrayOf(n)
                  from values in JsonValue(depth + 1).ArrayOf(n)
                  select (JsonNode?)Object(names, values);
        return Gen.OneOf([.. leaves, array, obj]);
    }

    private static JsonObject Object(string[] names, JsonNode?[] values)
    {
        var obj = new JsonObject();
        for (var i = 0; i < names.Length; i++)
        {
            if (!obj.ContainsKey(names[i])) obj[names[i]] = values[i];
        }
        return obj;
    }

    private static string Compact(JsonNode? node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (node is null) writer.WriteNullValue();
            else node.WriteTo(writer);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static readonly Gen<Measure> MeasureGen =
        from kind in Gen.Choose(0, 3)
        from measure in kind switch
        {
            0 => from start in Number from target in Number from current in Gen.OneOf(Gen.Constant<double?>(null), Number.Select(n => (double?)n)) from unit in MaybeText
                 select (Measure)new MetricMeasure { Start = start, Target = target, Current = current, Unit = unit },
            1 => from direction in Enum<ThresholdDirection>(2) from limit in Number from current in Gen.OneOf(Gen.Constant<double?>(null), Number.Select(n => (double?)n)) from unit in MaybeText
                 select (Measure)new ThresholdMeasure { Direction = direction, Limit = limit, Current = current, Unit = unit },
            2 => from steps in List(4,
                     from title in Text
                     from weight in Gen.OneOf(Gen.Constant(1.0), Number)
                     from done in Gen.Elements(false, true)
                     from doneOn in Gen.OneOf(Gen.Constant<DateOnly?>(null), Day.Select(d => (DateOnly?)d))
                     from extensions in Extensions
                     select new Milestone { Title = title, Weight = weight, Done = done, DoneOn = doneOn, Extensions = extensions })
                 select (Measure)new MilestoneMeasure { Steps = steps },
            _ => MaybeText.Select(unit => (Measure)new BaselineMeasure { Unit = unit }),
        }
        from extensions in Extensions
        select measure with { Extensions = extensions };

    private static readonly Gen<Confidence?> ConfidenceGen = Gen.OneOf(
        Gen.Constant<Confidence?>(null),
        Number.Select(n => (Confidence?)Confidence.FromScore(n)),
        Enum<ConfidenceLevel>(3).Select(l => (Confidence?)Confidence.FromLevel(l)));

    private static readonly Gen<KeyResult> KeyResultGen =
        from id in Text
        from title in Text
        from objectiveId in Text
        from measure in MeasureGen
        from owner in MaybeText
        from weight in Gen.OneOf(Gen.Constant(1.0), Number)
        from derived in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from checkIns in List(4,
            from date in Day from value in Number from confidence in ConfidenceGen from note in MaybeText from extensions in Extensions
            select new CheckIn { Date = date, Value = value, Confidence = confidence, Note = note, Extensions = extensions })
        from checkpoints in List(3, from date in Day from value in Number from extensions in Extensions select new Checkpoint { Date = date, Value = value, Extensions = extensions })
        from description in MaybeText
        from extensions in Extensions
        select new KeyResult
        {
            Id = id, Title = title, ObjectiveId = objectiveId, Measure = measure, OwnerId = owner, Weight = weight, Derived = derived,
            CheckIns = checkIns, Checkpoints = checkpoints, Description = description, Extensions = extensions,
        };

    private static readonly Gen<Objective> ObjectiveGen =
        from id in Text
        from title in Text
        from description in MaybeText
        from owners in List(3, Text)
        from period in MaybeText
        from commitment in Enum<Commitment>(2)
        from source in Enum<ProgressSource>(3)
        from strategy in MaybeText
        from byTarget in Gen.Elements(false, true)
        from manual in Gen.Frequency((2, Gen.Constant<double?>(null)), (1, Number.Select(n => (double?)n)))
        from links in List(2, Text)
        from extensions in Extensions
        select new Objective
        {
            Id = id, Title = title, Description = description, OwnerIds = owners, PeriodId = period, Commitment = commitment, ProgressSource = source,
            Strategy = strategy, WeightByTarget = byTarget, ManualProgress = manual, LinkedKeyResultIds = links, Extensions = extensions,
        };

    private static readonly Gen<OkrSet> SetGen =
        from name in Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Text.Select(t => (string?)t)))
        from owners in List(4,
            from id in Text from ownerName in MaybeText from kind in Enum<OwnerKind>(4) from parent in MaybeText from extensions in Extensions
            select new Owner { Id = id, Name = ownerName, Kind = kind, ParentId = parent, Extensions = extensions })
        from periods in List(3,
            from id in Text from periodName in MaybeText from start in Day from end in Day from parent in MaybeText from extensions in Extensions
            select new Period { Id = id, Name = periodName, Start = start, End = end, ParentId = parent, Extensions = extensions })
        from objectives in List(4, ObjectiveGen)
        from keyResults in List(5, KeyResultGen)
        from alignments in List(3,
            from child in Text from parent in Text from kind in Enum<AlignmentKind>(4) from weight in Gen.OneOf(Gen.Constant(1.0), Number) from extensions in Extensions
            select new Alignment { ChildId = child, ParentId = parent, Kind = kind, Weight = weight, Extensions = extensions })
        from extensions in Extensions
        select new OkrSet
        {
            Name = name, Owners = owners, Periods = periods, Objectives = objectives, KeyResults = keyResults, Alignments = alignments, Extensions = extensions,
        };

    public static Arbitrary<JsonSet> JsonSet() => Arb.From(SetGen.Select(s => new JsonSet(s)), set => ShrinkSet(set.Set).Select(s => new JsonSet(s)));

    /// <summary>Twelve fixed generated sets (FsCheck's generator from a fixed seed), for the fuzz sources.</summary>
    public static IReadOnlyList<OkrSet> FixedSets(int count) => [.. SetGen.Sample(count, new Rnd(20260123UL), 50)];

    private static IEnumerable<OkrSet> ShrinkSet(OkrSet set)
    {
        if (set.Extensions.Count > 0) yield return set with { Extensions = new Dictionary<string, string>() };
        if (set.Name is not null) yield return set with { Name = null };
        foreach (var s in Drop(set.Owners, l => set with { Owners = l })) yield return s;
        foreach (var s in Drop(set.Periods, l => set with { Periods = l })) yield return s;
        foreach (var s in Drop(set.Objectives, l => set with { Objectives = l })) yield return s;
        foreach (var s in Drop(set.KeyResults, l => set with { KeyResults = l })) yield return s;
        foreach (var s in Drop(set.Alignments, l => set with { Alignments = l })) yield return s;
        for (var i = 0; i < set.Owners.Count; i++)
        {
            var o = set.Owners[i];
            if (o.Extensions.Count > 0 || o.Name is not null || o.ParentId is not null)
                yield return set with { Owners = Replace(set.Owners, i, o with { Extensions = new Dictionary<string, string>(), Name = null, ParentId = null }) };
        }
        for (var i = 0; i < set.Periods.Count; i++)
        {
            var p = set.Periods[i];
            if (p.Extensions.Count > 0 || p.Name is not null || p.ParentId is not null)
                yield return set with { Periods = Replace(set.Periods, i, p with { Extensions = new Dictionary<string, string>(), Name = null, ParentId = null }) };
        }
        for (var i = 0; i < set.Objectives.Count; i++)
        {
            var o = set.Objectives[i];
            var plain = o with
            {
                Extensions = new Dictionary<string, string>(), Description = null, OwnerIds = [], PeriodId = null, Strategy = null, ManualProgress = null, LinkedKeyResultIds = [],
            };
            if (!plain.Equals(o)) yield return set with { Objectives = Replace(set.Objectives, i, plain) };
        }
        for (var i = 0; i < set.KeyResults.Count; i++)
        {
            var k = set.KeyResults[i];
            foreach (var c in Drop(k.CheckIns, l => k with { CheckIns = l })) yield return set with { KeyResults = Replace(set.KeyResults, i, c) };
            var plain = k with
            {
                Extensions = new Dictionary<string, string>(), Description = null, OwnerId = null, Checkpoints = [], Measure = new BaselineMeasure(),
            };
            if (!plain.Equals(k)) yield return set with { KeyResults = Replace(set.KeyResults, i, plain) };
        }
        for (var i = 0; i < set.Alignments.Count; i++)
        {
            var a = set.Alignments[i];
            if (a.Extensions.Count > 0) yield return set with { Alignments = Replace(set.Alignments, i, a with { Extensions = new Dictionary<string, string>() }) };
        }
    }

    private static IEnumerable<TOut> Drop<T, TOut>(IReadOnlyList<T> list, Func<T[], TOut> make)
    {
        if (list.Count > 1) yield return make([]);
        for (var i = list.Count - 1; i >= 0; i--) yield return make([.. list.Where((_, j) => j != i)]);
    }

    private static T[] Replace<T>(IReadOnlyList<T> list, int index, T item) => [.. list.Select((x, i) => i == index ? item : x)];

    public static Arbitrary<DocumentMutation> DocumentMutation() => Arbitraries.DocumentMutation.Arbitrary();

    internal static string Describe(string text) => text.Length <= 120 ? text : text[..120] + "…";

    internal static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
