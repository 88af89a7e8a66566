using System.Globalization;
using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;
using Okr.Core.Diagnostics;

namespace Okr.Core.Interop.Csv;

/// <summary>Writes the template: the set row, owners, periods, objectives, then key results, each in the set's order.</summary>
internal static class CsvExporter
{
    public static List<Diagnostic> Write(OkrSet set, TextWriter output)
    {
        var problems = new List<Diagnostic>();
        using var writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(output, leaveOpen: true);
        writer.Header.Add([.. OkrCsv.Columns]);
        void Row(Action<Dictionary<string, string>> fill)
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            fill(cells);
            using var row = writer.NewRow();
            foreach (var column in OkrCsv.Columns) row[column].Set(cells.GetValueOrDefault(column) ?? "");
        }
        if (set.Name is not null || set.Extensions.Count > 0)
        {
            Row(c =>
            {
                c["type"] = "set";
                c["title"] = set.Name ?? "";
                c["extensions"] = Extensions(set.Extensions);
            });
        }
        foreach (var owner in set.Owners)
        {
            Row(c =>
            {
                c["type"] = "owner";
                c["id"] = owner.Id;
                c["title"] = owner.Name ?? "";
                c["parentIds"] = owner.ParentId ?? "";
                c["ownerKind"] = Camel(owner.Kind.ToString());
                c["extensions"] = Extensions(owner.Extensions);
            });
        }
        foreach (var period in set.Periods)
        {
            Row(c =>
            {
                c["type"] = "period";
                c["id"] = period.Id;
                c["title"] = period.Name ?? "";
                c["parentIds"] = period.ParentId ?? "";
                c["periodStart"] = Date(period.Start);
                c["periodEnd"] = Date(period.End);
                c["extensions"] = Extensions(period.Extensions);
            });
        }
        var alignments = set.Alignments.ToLookup(a => a.ChildId, StringComparer.Ordinal);
        foreach (var objective in set.Objectives)
        {
            var mine = alignments[objective.Id].ToList();
            CheckList(problems, objective.Id, [.. objective.OwnerIds, .. mine.Select(a => a.ParentId)]);
            Row(c =>
            {
                c["type"] = "objective";
                c["id"] = objective.Id;
                c["title"] = objective.Title;
                c["parentIds"] = string.Join(";", mine.Select(a => a.ParentId));
                c["alignment"] = string.Join(";", mine.Select(a => Camel(a.Kind.ToString())));
                c["weight"] = string.Join(";", mine.Select(a => Number(a.Weight)));
                c["owner"] = string.Join(";", objective.OwnerIds);
                c["period"] = objective.PeriodId ?? "";
                c["commitment"] = Camel(objective.Commitment.ToString());
                c["progressSource"] = Camel(objective.ProgressSource.ToString());
                c["strategy"] = objective.Strategy ?? "";
                c["weightByTarget"] = objective.WeightByTarget ? "true" : "false";
                c["manualProgress"] = objective.ManualProgress is { } m ? Number(m) : "";
                c["description"] = objective.Description ?? "";
                c["extensions"] = Extensions(objective.Extensions);
                c["alignmentExtensions"] = !mine.Any(a => a.Extensions.Count > 0) ? "" : Json(w =>
                {
                    w.WriteStartObject();
                    foreach (var a in mine.Where(a => a.Extensions.Count > 0))
                    {
                        w.WriteStartObject(a.ParentId);
                        WriteExtensions(w, a.Extensions);
                        w.WriteEndObject();
                    }
                    w.WriteEndObject();
                });
            });
        }
        var linkedFrom = set.Objectives.SelectMany(o => o.LinkedKeyResultIds.Select(k => (Kr: k, o.Id))).ToLookup(p => p.Kr, p => p.Id, StringComparer.Ordinal);
        foreach (var kr in set.KeyResults)
        {
            CheckList(problems, kr.Id, [kr.ObjectiveId, .. linkedFrom[kr.Id]]);
            Row(c =>
            {
                c["type"] = "keyResult";
                c["id"] = kr.Id;
                c["title"] = kr.Title;
                c["parentIds"] = string.Join(";", [kr.ObjectiveId, .. linkedFrom[kr.Id]]);
                c["weight"] = Number(kr.Weight);
                c["owner"] = kr.OwnerId ?? "";
                c["progressSource"] = kr.Derived ? "derived" : "measured";
                c["description"] = kr.Description ?? "";
                c["extensions"] = Extensions(kr.Extensions);
                Measure(c, kr.Measure);
                c["checkIns"] = kr.CheckIns.Count == 0 ? "" : Json(w =>
                {
                    w.WriteStartArray();
                    foreach (var checkIn in kr.CheckIns)
                    {
                        w.WriteStartObject();
                        w.WriteString("date", Date(checkIn.Date));
                        w.WriteNumber("value", checkIn.Value);
                        if (checkIn.Confidence is { Level: { } level }) w.WriteString("confidence", Camel(level.ToString()));
                        else if (checkIn.Confidence is { Score: { } score }) w.WriteNumber("confidence", score);
                        if (checkIn.Note is not null) w.WriteString("note", checkIn.Note);
                        WriteExtensions(w, checkIn.Extensions);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                });
                c["checkpoints"] = kr.Checkpoints.Count == 0 ? "" : Json(w =>
                {
                    w.WriteStartArray();
                    foreach (var checkpoint in kr.Checkpoints)
                    {
                        w.WriteStartObject();
                        w.WriteString("date", Date(checkpoint.Date));
                        w.WriteNumber("value", checkpoint.Value);
                        WriteExtensions(w, checkpoint.Extensions);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                });
            });
        }
        return problems;
    }

    private static void CheckList(List<Diagnostic> problems, string id, IEnumerable<string> ids)
    {
        foreach (var bad in ids.Where(i => i.Contains(';', StringComparison.Ordinal)))
        {
            problems.Add(new Diagnostic(DiagnosticCodes.CsvNotExported, DiagnosticSeverity.Warning,
                $"The id '{bad}' holds ';', which separates ids in a list cell; '{id}''s list would not read back.", id, bad));
        }
    }

    private static void Measure(Dictionary<string, string> c, Measure measure)
    {
        c["measureExtensions"] = Extensions(measure.Extensions);
        switch (measure)
        {
            case MetricMeasure m:
                c["measure"] = "metric";
                c["start"] = Number(m.Start);
                c["target"] = Number(m.Target);
                c["current"] = m.Current is { } cur ? Number(cur) : "";
                c["unit"] = m.Unit ?? "";
                break;
            case ThresholdMeasure t:
                c["measure"] = t.Direction == ThresholdDirection.AtLeast ? "atLeast" : "atMost";
                c["target"] = Number(t.Limit);
                c["current"] = t.Current is { } cur2 ? Number(cur2) : "";
                c["unit"] = t.Unit ?? "";
                break;
            case MilestoneMeasure ms:
                c["measure"] = "milestones";
                c["steps"] = Json(w =>
                {
                    w.WriteStartArray();
                    foreach (var step in ms.Steps)
                    {
                        w.WriteStartObject();
                        w.WriteString("title", step.Title);
                        w.WriteNumber("weight", step.Weight);
                        w.WriteBoolean("done", step.Done);
                        if (step.DoneOn is { } on) w.WriteString("doneOn", Date(on));
                        WriteExtensions(w, step.Extensions);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                });
                break;
            case BaselineMeasure b:
                c["measure"] = "baseline";
                c["unit"] = b.Unit ?? "";
                break;
        }
    }

    private static string Extensions(IReadOnlyDictionary<string, string> extensions) => extensions.Count == 0 ? "" : Json(w =>
    {
        w.WriteStartObject();
        WriteExtensions(w, extensions);
        w.WriteEndObject();
    });

    private static void WriteExtensions(Utf8JsonWriter w, IReadOnlyDictionary<string, string> extensions)
    {
        foreach (var (name, value) in extensions)
        {
            w.WritePropertyName(name);
            w.WriteRawValue(value);
        }
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })) write(w);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
