using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Okr.Core.Diagnostics;
using Okr.Core.Rollup;
using Okr.Core.Scoring;

namespace Okr.Cli.Rendering;

/// <summary>Writes the <c>okr-cli/1</c> JSON shape: one object per run, <c>format</c> and <c>command</c> first.</summary>
internal static class CliJson
{
    /// <summary>The format tag of every JSON output of the tool.</summary>
    public const string Format = "okr-cli/1";

    /// <summary>Writes one document to <paramref name="output"/>, indented, ending with a newline.</summary>
    public static void Write(TextWriter output, string command, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("format", Format);
            writer.WriteString("command", command);
            body(writer);
            writer.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>A diagnostic as an object: code, severity, message, path, line, column, ids.</summary>
    public static void Diagnostic(Utf8JsonWriter w, Diagnostic d)
    {
        w.WriteStartObject();
        w.WriteString("code", d.Code);
        w.WriteString("severity", Severity(d.Severity));
        w.WriteString("message", d.Message);
        if (d.Path is null) w.WriteNull("path"); else w.WriteString("path", d.Path);
        if (d.Line is { } line) w.WriteNumber("line", line); else w.WriteNull("line");
        if (d.Column is { } column) w.WriteNumber("column", column); else w.WriteNull("column");
        Strings(w, "ids", d.Ids);
        w.WriteEndObject();
    }

    /// <summary>A list of strings as an array property.</summary>
    public static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    /// <summary>A number that may be "not measured": null, never 0.</summary>
    public static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }

    /// <summary>The severity word.</summary>
    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The status word of the JSON shapes (camelCase, as in okr-results/2).</summary>
    public static string Status(ProgressStatus status) => status switch
    {
        ProgressStatus.NotStarted => "notStarted",
        ProgressStatus.OnTrack => "onTrack",
        ProgressStatus.Behind => "behind",
        ProgressStatus.AtRisk => "atRisk",
        ProgressStatus.Achieved => "achieved",
        _ => "noData",
    };

    /// <summary>The provenance word of the JSON shapes.</summary>
    public static string Provenance(Provenance provenance) => provenance switch
    {
        Okr.Core.Rollup.Provenance.Measured => "measured",
        Okr.Core.Rollup.Provenance.Derived => "derived",
        Okr.Core.Rollup.Provenance.Manual => "manual",
        _ => "notMeasured",
    };
}
