using System.Text;
using Okr.Core.Diagnostics;
using Okr.Core.Interop.Csv;

namespace Okr.Core.Interop;

/// <summary>
/// Okr.Core's CSV template: one row per objective or key result (and optional rows for the set, owners and periods,
/// so a whole set fits one sheet), imported and exported so that export then import gives an equal set. Other tools'
/// sheets import through a <see cref="CsvHeaderMap"/>. The columns are documented in <c>docs/import.md</c>; CSV is
/// read and written with the Sep library (RFC 4180 quoting), never by splitting lines.
/// </summary>
public static class OkrCsv
{
    /// <summary>The template's columns, in the order <see cref="Export(OkrSet)"/> writes them.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "type", "id", "title", "parentIds", "alignment", "weight", "owner", "ownerEmail", "ownerKind", "period", "periodStart", "periodEnd",
        "measure", "start", "target", "current", "unit", "commitment", "progressSource", "strategy", "weightByTarget", "manualProgress",
        "steps", "checkIns", "checkpoints", "description", "extensions", "measureExtensions", "alignmentExtensions",
    ];

    internal static readonly HashSet<string> ColumnSet = new(Columns, StringComparer.Ordinal);

    /// <summary>Imports CSV text. Every bad row is reported (row as the line, column as the 1-based column), none hides another.</summary>
    /// <param name="text">The CSV text, header first.</param>
    /// <param name="map">How the sheet's columns map onto the template; default <see cref="CsvHeaderMap.Template"/>.</param>
    /// <returns>The set (when no row has errors), the diagnostics (reading, then compiling), and no fidelity report.</returns>
    public static ImportResult Import(string text, CsvHeaderMap? map = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CsvImporter.Import(new StringReader(text), map ?? CsvHeaderMap.Template);
    }

    /// <summary>Imports a CSV file (UTF-8; a byte order mark is skipped).</summary>
    /// <param name="path">The file.</param>
    /// <param name="map">How the sheet's columns map onto the template; default <see cref="CsvHeaderMap.Template"/>.</param>
    /// <returns>The set, the diagnostics, and no fidelity report.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ImportResult ImportFile(string path, CsvHeaderMap? map = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return CsvImporter.Import(reader, map ?? CsvHeaderMap.Template);
    }

    /// <summary>Writes a set as template CSV text.</summary>
    /// <param name="set">The set.</param>
    /// <returns>The CSV text, header first.</returns>
    /// <exception cref="OkrValidationException">The set holds something the template cannot carry without loss (code <c>OKR0615</c>).</exception>
    public static string Export(OkrSet set)
    {
        using var writer = new StringWriter();
        var problems = Export(set, writer);
        if (problems.Count > 0) throw new OkrValidationException("The CSV export", problems);
        return writer.ToString();
    }

    /// <summary>Writes a set as template CSV to a writer, and returns what it could not carry (nothing, for most sets).</summary>
    /// <param name="set">The set.</param>
    /// <param name="writer">Where the text goes; it is not closed.</param>
    /// <returns>Warnings <c>OKR0615</c> for what the file cannot carry (ids holding <c>;</c>, which separates ids in list cells), or an empty list.</returns>
    public static IReadOnlyList<Diagnostic> Export(OkrSet set, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(writer);
        return CsvExporter.Write(set, writer);
    }
}
