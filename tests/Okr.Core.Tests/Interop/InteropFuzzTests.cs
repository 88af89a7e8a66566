using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Okr.Core.Interop;
using Okr.Core.Tests.Arbitraries;

namespace Okr.Core.Tests.Interop;

/// <summary>
/// Damaged input gives diagnostics only: truncated, byte-flipped and re-typed Viva export files, and mutated or random
/// CSV text, never make anything but an <see cref="ImportResult"/> (with errors or without) come out.
/// </summary>
public sealed class InteropFuzzTests
{
    private static readonly string[] VivaFiles = [.. Directory.GetFiles(VivaGoalsImportTests.ExportPath).Order(StringComparer.Ordinal)];

    private static readonly string SampleCsv = OkrCsv.Export(VivaGoalsImport.Read(VivaGoalsImportTests.ExportPath).ThrowIfFailed());

    /// <summary>One damage to one file of the export: 0 truncate, 1 flip a byte, 2 replace a value with another JSON type.</summary>
    public sealed record Damage(int File, int Kind, int Position, int Replacement)
    {
        public override string ToString() => $"file {Path.GetFileName(VivaFiles[File % VivaFiles.Length])}, kind {Kind}, at {Position}, with {Replacement}";
    }

    private static readonly string[] Replacements = ["null", "\"text\"", "12", "-1e400", "[]", "{}", "true", "\"2,000.5%\"", "\"\"", "[{}]"];

    public static Arbitrary<Damage> DamageArbitrary() => Arb.From(
        from file in Gen.Choose(0, 6)
        from kind in Gen.Choose(0, 2)
        from position in Gen.Choose(0, 30_000)
        from replacement in Gen.Choose(0, Replacements.Length - 1)
        select new Damage(file, kind, position, replacement));

    private static byte[] Apply(Damage damage, byte[] bytes)
    {
        var at = bytes.Length == 0 ? 0 : damage.Position % bytes.Length;
        switch (damage.Kind)
        {
            case 0:
                return bytes[..at];
            case 1:
                var copy = (byte[])bytes.Clone();
                if (copy.Length > 0) copy[at] ^= (byte)(1 + damage.Replacement * 37 % 255);
                return copy;
            default:
                // Replace the value after the colon at or after the position with a value of another JSON type.
                var text = Encoding.UTF8.GetString(bytes);
                var colon = text.IndexOf(':', Math.Min(at, text.Length));
                if (colon < 0) return bytes;
                var end = colon + 1;
                var depth = 0;
                var inString = false;
                for (; end < text.Length; end++)
                {
                    var ch = text[end];
                    if (inString) { if (ch == '\\') end++; else if (ch == '"') inString = false; continue; }
                    if (ch == '"') inString = true;
                    else if (ch is '[' or '{') depth++;
                    else if (ch is ']' or '}') { if (depth == 0) break; depth--; }
                    else if (ch == ',' && depth == 0) break;
                }
                return Encoding.UTF8.GetBytes(text[..(colon + 1)] + " " + Replacements[damage.Replacement] + text[end..]);
        }
    }

    [OkrProperty(Runs = 300, Arbitrary = [typeof(InteropFuzzTests)])]
    public Property DamagedVivaExport_GivesDiagnosticsOnly(Damage damage)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"okr-viva-fuzz-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            for (var i = 0; i < VivaFiles.Length; i++)
            {
                var bytes = File.ReadAllBytes(VivaFiles[i]);
                File.WriteAllBytes(Path.Combine(folder, Path.GetFileName(VivaFiles[i])), i == damage.File % VivaFiles.Length ? Apply(damage, bytes) : bytes);
            }
            var import = VivaGoalsImport.Read(folder);
            var consistent = import.Succeeded ? OkrJson.Read(OkrJson.Write(import.Set!)).Equals(import.Set) : import.Diagnostics.Any(d => d.IsError);
            var accounted = import.Fidelity is null || import.Fidelity.Counts.All(c => c.InExport == c.Mapped + c.Kept);
            return (consistent && accounted).Label(damage + "\n" + string.Join("\n", import.Diagnostics));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static Arbitrary<CsvDamage> CsvDamageArbitrary() => Arb.From(
        from edits in Gen.Choose(1, 4)
        from positions in Gen.Choose(0, 100_000).ArrayOf(edits)
        from chars in Gen.Elements(',', '"', '\n', '\r', ';', 'x', '1', '{', ']', ' ', '\u00e9', '\0').ArrayOf(edits)
        from delete in Gen.Elements(true, false).ArrayOf(edits)
        select new CsvDamage(positions, chars, delete));

    public sealed record CsvDamage(int[] Positions, char[] Chars, bool[] Delete)
    {
        public string Apply(string text)
        {
            var builder = new StringBuilder(text);
            for (var i = 0; i < Positions.Length; i++)
            {
                if (builder.Length == 0) break;
                var at = Positions[i] % builder.Length;
                if (Delete[i]) builder.Remove(at, 1);
                else builder.Insert(at, Chars[i]);
            }
            return builder.ToString();
        }

        public override string ToString() => string.Join("; ", Positions.Select((p, i) => $"{(Delete[i] ? "delete" : "insert")} {(int)Chars[i]} at {p}"));
    }

    [OkrProperty(Runs = 500, Arbitrary = [typeof(InteropFuzzTests)])]
    public Property MutatedCsv_GivesDiagnosticsOnly(CsvDamage damage)
    {
        var text = damage.Apply(SampleCsv);
        var import = OkrCsv.Import(text);
        var ok = import.Succeeded ? OkrJson.Read(OkrJson.Write(import.Set!)).Equals(import.Set) : import.Diagnostics.Any(d => d.IsError);
        var located = import.Diagnostics.Where(d => d.Code.StartsWith("OKR061", StringComparison.Ordinal)).All(d => d.Line is not null || d.Message.StartsWith("The CSV text", StringComparison.Ordinal));
        return (ok && located).Label(damage + "\n" + string.Join("\n", import.Diagnostics));
    }

    [OkrProperty(Runs = 300)]
    public Property RandomText_GivesDiagnosticsOnly(NonNull<string> text, bool withHeader)
    {
        var input = (withHeader ? string.Join(",", OkrCsv.Columns) + "\n" : "") + text.Get;
        var import = OkrCsv.Import(input);
        return (import.Succeeded || import.Diagnostics.Any(d => d.IsError)).Label(input);
    }
}
