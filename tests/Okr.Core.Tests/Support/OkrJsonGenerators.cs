using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Okr.Core.Tests.Support;

/// <summary>
/// Generators for the JSON format's property tests: arbitrary (not necessarily valid) <see cref="OkrSet"/>s that use
/// every field, every measure kind, awkward text and numbers, and vendor extensions on every object that has them.
/// Each set comes from a seed, so a failing case is reproducible from the seed FsCheck prints.
/// </summary>
public static class OkrJsonGenerators
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

    /// <summary>Seeds for generated sets (FsCheck shrinks a seed toward 0, which still gives a set).</summary>
    public static Arbitrary<int> Seeds => Arb.From(Gen.Choose(0, int.MaxValue));

    /// <summary>The set made from <paramref name="seed"/>; the same seed always gives the same set.</summary>
    public static OkrSet SetFrom(int seed)
    {
        var r = new Random(seed);
        return new OkrSet
        {
            Name = r.Next(3) == 0 ? null : Text(r),
            Owners = List(r, 4, () => new Owner
            {
                Id = Text(r),
                Name = Maybe(r, () => Text(r)),
                Kind = (OwnerKind)r.Next(4),
                ParentId = Maybe(r, () => Text(r)),
                Extensions = Extensions(r),
            }),
            Periods = List(r, 3, () => new Period
            {
                Id = Text(r),
                Name = Maybe(r, () => Text(r)),
                Start = Day(r),
                End = Day(r),
                ParentId = Maybe(r, () => Text(r)),
                Extensions = Extensions(r),
            }),
            Objectives = List(r, 4, () => new Objective
            {
                Id = Text(r),
                Title = Text(r),
                Description = Maybe(r, () => Text(r)),
                OwnerIds = List(r, 3, () => Text(r)),
                PeriodId = Maybe(r, () => Text(r)),
                Commitment = (Commitment)r.Next(2),
                ProgressSource = (ProgressSource)r.Next(3),
                Strategy = Maybe(r, () => Text(r)),
                WeightByTarget = r.Next(2) == 0,
                ManualProgress = r.Next(3) == 0 ? Number(r) : null,
                LinkedKeyResultIds = List(r, 2, () => Text(r)),
                Extensions = Extensions(r),
            }),
            KeyResults = List(r, 5, () => new KeyResult
            {
                Id = Text(r),
                Title = Text(r),
                ObjectiveId = Text(r),
                Measure = Measure(r),
                OwnerId = Maybe(r, () => Text(r)),
                Weight = r.Next(2) == 0 ? 1 : Number(r),
                Derived = r.Next(4) == 0,
                CheckIns = List(r, 4, () => new CheckIn
                {
                    Date = Day(r),
                    Value = Number(r),
                    Confidence = r.Next(3) switch
                    {
                        0 => null,
                        1 => Confidence.FromScore(Number(r)),
                        _ => Confidence.FromLevel((ConfidenceLevel)r.Next(3)),
                    },
                    Note = Maybe(r, () => Text(r)),
                    Extensions = Extensions(r),
                }),
                Checkpoints = List(r, 3, () => new Checkpoint { Date = Day(r), Value = Number(r), Extensions = Extensions(r) }),
                Description = Maybe(r, () => Text(r)),
                Extensions = Extensions(r),
            }),
            Alignments = List(r, 3, () => new Alignment
            {
                ChildId = Text(r),
                ParentId = Text(r),
                Kind = (AlignmentKind)r.Next(4),
                Weight = r.Next(2) == 0 ? 1 : Number(r),
                Extensions = Extensions(r),
            }),
            Extensions = Extensions(r),
        };
    }

    private static Measure Measure(Random r)
    {
        Measure measure = r.Next(4) switch
        {
            0 => new MetricMeasure { Start = Number(r), Target = Number(r), Current = r.Next(2) == 0 ? Number(r) : null, Unit = Maybe(r, () => Text(r)) },
            1 => new ThresholdMeasure { Direction = (ThresholdDirection)r.Next(2), Limit = Number(r), Current = r.Next(2) == 0 ? Number(r) : null, Unit = Maybe(r, () => Text(r)) },
            2 => new MilestoneMeasure
            {
                Steps = List(r, 4, () => new Milestone
                {
                    Title = Text(r),
                    Weight = r.Next(2) == 0 ? 1 : Number(r),
                    Done = r.Next(2) == 0,
                    DoneOn = r.Next(2) == 0 ? Day(r) : null,
                    Extensions = Extensions(r),
                }),
            },
            _ => new BaselineMeasure { Unit = Maybe(r, () => Text(r)) },
        };
        return measure with { Extensions = Extensions(r) };
    }

    private static List<T> List<T>(Random r, int max, Func<T> item)
    {
        var list = new List<T>();
        for (var i = r.Next(max + 1); i > 0; i--) list.Add(item());
        return list;
    }

    private static string? Maybe(Random r, Func<string> value) => r.Next(2) == 0 ? null : value();

    /// <summary>Text of 0 to 8 pieces: letters, quotes, escapes, control characters, non-ASCII and surrogate pairs.</summary>
    public static string Text(Random r)
    {
        var text = new StringBuilder();
        for (var i = r.Next(9); i > 0; i--) text.Append(Pieces[r.Next(Pieces.Length)]);
        return text.ToString();
    }

    /// <summary>A finite double: special values, integers, fractions and values of every magnitude.</summary>
    public static double Number(Random r) => r.Next(4) switch
    {
        0 => SpecialNumbers[r.Next(SpecialNumbers.Length)],
        1 => r.Next(-1000, 1001),
        2 => Math.Round(r.NextDouble() * 200 - 100, r.Next(6)),
        _ => (r.NextDouble() - 0.5) * Math.Pow(10, r.Next(-300, 300)),
    };

    private static DateOnly Day(Random r) => DateOnly.FromDayNumber(r.Next(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber + 1));

    private static Dictionary<string, string> Extensions(Random r)
    {
        var extensions = new Dictionary<string, string>();
        for (var i = r.Next(3) == 0 ? r.Next(1, 3) : 0; i > 0; i--) extensions["x-" + Text(r)] = ExtensionValue(r);
        return extensions;
    }

    /// <summary>A JSON value as the reader keeps it: compact text, as written by a compact writer.</summary>
    public static string ExtensionValue(Random r)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteValue(writer, r, 0);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter writer, Random r, int depth)
    {
        switch (r.Next(depth >= 3 ? 4 : 6))
        {
            case 0: writer.WriteNullValue(); break;
            case 1: writer.WriteBooleanValue(r.Next(2) == 0); break;
            case 2: writer.WriteNumberValue(Number(r)); break;
            case 3: writer.WriteStringValue(Text(r)); break;
            case 4:
                writer.WriteStartArray();
                for (var i = r.Next(4); i > 0; i--) WriteValue(writer, r, depth + 1);
                writer.WriteEndArray();
                break;
            default:
                writer.WriteStartObject();
                var names = new HashSet<string>();
                for (var i = r.Next(4); i > 0; i--)
                {
                    var name = Text(r);
                    if (!names.Add(name)) continue;
                    writer.WritePropertyName(name);
                    WriteValue(writer, r, depth + 1);
                }
                writer.WriteEndObject();
                break;
        }
    }
}
