[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Okr.Core.Benchmarks")]
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Okr.Core.Tests")]
namespace Okr.Core.Interop
{
    public sealed class CsvHeaderMap
    {
        public System.Collections.Generic.IReadOnlyDictionary<string, string> Columns { get; }
        public System.Collections.Generic.IReadOnlyDictionary<string, string> Defaults { get; }
        public string Name { get; }
        public char Separator { get; }
        public System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IReadOnlyDictionary<string, string>> Values { get; }
        public static Okr.Core.Interop.CsvHeaderMap Betterworks { get; }
        public static Okr.Core.Interop.CsvHeaderMap Peoplebox { get; }
        public static Okr.Core.Interop.CsvHeaderMap Template { get; }
        public static Okr.Core.Interop.CsvHeaderMap? BuiltIn(string name) { }
        public static Okr.Core.Interop.CsvHeaderMap Parse(string json) { }
    }
    public enum FidelityAction
    {
        Mapped = 0,
        Derived = 1,
        Kept = 2,
    }
    public sealed class FidelityCount : System.IEquatable<Okr.Core.Interop.FidelityCount>
    {
        public FidelityCount() { }
        public required int InExport { get; init; }
        public required int Kept { get; init; }
        public required int Mapped { get; init; }
        public required string SourceKind { get; init; }
    }
    public sealed class FidelityItem : System.IEquatable<Okr.Core.Interop.FidelityItem>
    {
        public FidelityItem() { }
        public int CheckInsImported { get; init; }
        public int CheckInsKept { get; init; }
        public required System.Collections.Generic.IReadOnlyList<Okr.Core.Interop.FidelityNote> Notes { get; init; }
        public required string SourceId { get; init; }
        public required string SourceKind { get; init; }
        public required string TargetId { get; init; }
        public required string TargetKind { get; init; }
        public required string Title { get; init; }
    }
    public sealed class FidelityNote : System.IEquatable<Okr.Core.Interop.FidelityNote>
    {
        public FidelityNote() { }
        public required Okr.Core.Interop.FidelityAction Action { get; init; }
        public required string Detail { get; init; }
        public required string Field { get; init; }
    }
    public sealed class FidelityReport
    {
        public System.DateOnly AsOf { get; }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Interop.FidelityCount> Counts { get; }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Interop.FidelityItem> Items { get; }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Interop.ProgressComparison> Progress { get; }
        public string Source { get; }
        public int Count(Okr.Core.Interop.FidelityAction action) { }
        public string ToJson() { }
        public string ToText() { }
    }
    public sealed class ImportResult
    {
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Diagnostics.Diagnostic> Diagnostics { get; }
        public Okr.Core.Interop.FidelityReport? Fidelity { get; }
        public Okr.Core.OkrSet? Set { get; }
        public bool Succeeded { get; }
        public Okr.Core.OkrSet ThrowIfFailed() { }
    }
    public static class OkrCsv
    {
        public static System.Collections.Generic.IReadOnlyList<string> Columns { get; }
        public static string Export(Okr.Core.OkrSet set) { }
        public static System.Collections.Generic.IReadOnlyList<Okr.Core.Diagnostics.Diagnostic> Export(Okr.Core.OkrSet set, System.IO.TextWriter writer) { }
        public static Okr.Core.Interop.ImportResult Import(string text, Okr.Core.Interop.CsvHeaderMap? map = null) { }
        public static Okr.Core.Interop.ImportResult ImportFile(string path, Okr.Core.Interop.CsvHeaderMap? map = null) { }
    }
    public sealed class ProgressComparison : System.IEquatable<Okr.Core.Interop.ProgressComparison>
    {
        public ProgressComparison() { }
        public double? Difference { get; }
        public required string Explanation { get; init; }
        public required string Id { get; init; }
        public double? OkrProgress { get; init; }
        public double? SourceProgress { get; init; }
        public required string Title { get; init; }
    }
    public static class VivaGoalsImport
    {
        public static Okr.Core.Interop.ImportResult Read(string path) { }
    }
}