using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Okr.Core.Interop;

/// <summary>What happened to one field of an imported item.</summary>
public enum FidelityAction
{
    /// <summary>The field became a property of the model with the same meaning.</summary>
    Mapped,

    /// <summary>The model's value was worked out from the field (or its absence) by a documented rule, said in the note.</summary>
    Derived,

    /// <summary>The field has no place in the model and is kept, unchanged, as an <c>x-viva-...</c> extension.</summary>
    Kept,
}

/// <summary>One line of an item's fidelity: a field, what happened to it, and how or why.</summary>
public sealed record FidelityNote
{
    /// <summary>What happened to the field.</summary>
    public required FidelityAction Action { get; init; }

    /// <summary>The source field, as the export names it (<c>Outcome</c>, <c>Alignment</c>, <c>check-in 70001</c>).</summary>
    public required string Field { get; init; }

    /// <summary>What it became and, for a derived value, the rule and the reason.</summary>
    public required string Detail { get; init; }
}

/// <summary>One item of the source (an objective, team, user, period or tag) and what it became.</summary>
public sealed record FidelityItem
{
    /// <summary>The source file kind: <c>objectives</c>, <c>Teams</c>, <c>Users</c>, <c>TimePeriods</c>, <c>Tags</c>.</summary>
    public required string SourceKind { get; init; }

    /// <summary>The item's id in the source.</summary>
    public required string SourceId { get; init; }

    /// <summary>The item's title or name in the source.</summary>
    public required string Title { get; init; }

    /// <summary>What it became: <c>objective</c>, <c>keyResult</c>, <c>owner</c>, <c>period</c>, or <c>extension</c>.</summary>
    public required string TargetKind { get; init; }

    /// <summary>The id it has in the set (for an item kept as an extension, where it is kept).</summary>
    public required string TargetId { get; init; }

    /// <summary>What happened to each field, in the order the importer met them.</summary>
    public required IReadOnlyList<FidelityNote> Notes { get; init; }

    /// <summary>The check-ins of the source item that became check-ins of the key result.</summary>
    public int CheckInsImported { get; init; }

    /// <summary>The check-ins of the source item kept as extensions (same-day earlier ones, check-ins of objectives, ones without a value).</summary>
    public int CheckInsKept { get; init; }
}

/// <summary>How many items of one source kind the export held, and how many became model items or extensions.</summary>
public sealed record FidelityCount
{
    /// <summary>The source kind: <c>objectives</c>, <c>checkins</c>, <c>comments</c>, <c>Teams</c>, <c>Users</c>, <c>TimePeriods</c>, <c>Tags</c>.</summary>
    public required string SourceKind { get; init; }

    /// <summary>How many the export held.</summary>
    public required int InExport { get; init; }

    /// <summary>How many became objectives, key results, check-ins, owners or periods.</summary>
    public required int Mapped { get; init; }

    /// <summary>How many are kept whole as extensions. <see cref="Mapped"/> + <see cref="Kept"/> = <see cref="InExport"/>: nothing is dropped.</summary>
    public required int Kept { get; init; }
}

/// <summary>
/// The progress the source recorded for an item against the progress Okr.Core computes for it on the report's day,
/// and why they differ.
/// </summary>
public sealed record ProgressComparison
{
    /// <summary>The item's id in the set.</summary>
    public required string Id { get; init; }

    /// <summary>The item's title.</summary>
    public required string Title { get; init; }

    /// <summary>The progress the source recorded, as a fraction (Viva's 58% is 0.58), or <see langword="null"/> when it recorded none as a percent.</summary>
    public double? SourceProgress { get; init; }

    /// <summary>Okr.Core's progress (clamped, as it rolls up), or <see langword="null"/> when not measured.</summary>
    public double? OkrProgress { get; init; }

    /// <summary>Okr.Core's progress minus the source's, or <see langword="null"/> when either is missing.</summary>
    public double? Difference => SourceProgress is { } source && OkrProgress is { } okr ? okr - source : null;

    /// <summary>How Okr.Core computes it and why the numbers differ.</summary>
    public required string Explanation { get; init; }
}

/// <summary>
/// What an import did with every item of the source: per item, what was mapped, what was derived or guessed and
/// why, and what was kept as an extension; counts per source kind (nothing is dropped: mapped + kept = in export);
/// and for every item whose progress Okr.Core computes, the source's recorded progress against Okr.Core's.
/// <see cref="ToText"/> gives it for people, <see cref="ToJson"/> for tools.
/// </summary>
public sealed class FidelityReport
{
    internal FidelityReport(string source, DateOnly asOf, IReadOnlyList<FidelityCount> counts, IReadOnlyList<FidelityItem> items, IReadOnlyList<ProgressComparison> progress)
    {
        Source = source;
        AsOf = asOf;
        Counts = counts;
        Items = items;
        Progress = progress;
    }

    /// <summary>What was imported, for example <c>Viva Goals export of organisation 7001 taken 2026-01-14 09:30:00</c>.</summary>
    public string Source { get; }

    /// <summary>The day Okr.Core's progress is computed as of (the export's day).</summary>
    public DateOnly AsOf { get; }

    /// <summary>Per source kind: how many items the export held, how many were mapped and how many kept as extensions.</summary>
    public IReadOnlyList<FidelityCount> Counts { get; }

    /// <summary>Every item of the source, in the export's order by kind.</summary>
    public IReadOnlyList<FidelityItem> Items { get; }

    /// <summary>The source's recorded progress against Okr.Core's, per objective and key result.</summary>
    public IReadOnlyList<ProgressComparison> Progress { get; }

    /// <summary>How many notes of each action the items carry.</summary>
    /// <param name="action">The action to count.</param>
    /// <returns>The number of notes with that action over all items.</returns>
    public int Count(FidelityAction action) => Items.Sum(i => i.Notes.Count(n => n.Action == action));

    /// <summary>The report as plain text: counts, progress moves, then every item with its notes.</summary>
    /// <returns>Lines of text ending with a line break.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.Append(c, $"Fidelity report: {Source}").AppendLine();
        text.Append(c, $"{Count(FidelityAction.Mapped)} fields mapped, {Count(FidelityAction.Derived)} derived, {Count(FidelityAction.Kept)} kept as extensions; nothing dropped.").AppendLine();
        text.AppendLine().AppendLine("Counts (in export = mapped + kept as extension):");
        text.AppendLine("  kind          in export  mapped  kept");
        foreach (var count in Counts)
            text.Append(c, $"  {count.SourceKind,-12} {count.InExport,10} {count.Mapped,7} {count.Kept,5}").AppendLine();
        text.AppendLine().Append(c, $"Progress: recorded in the export vs Okr.Core as of {AsOf:yyyy-MM-dd}:").AppendLine();
        text.AppendLine("  id    recorded  okr.core  change  why");
        foreach (var p in Progress)
        {
            text.Append(c, $"  {p.Id,-5} {Percent(p.SourceProgress),8}  {Percent(p.OkrProgress),8}  {Points(p.Difference),6}  {p.Title}: {p.Explanation}").AppendLine();
        }
        text.AppendLine().AppendLine("Items:");
        foreach (var item in Items)
        {
            text.Append(c, $"  {item.SourceKind} {item.SourceId} \"{item.Title}\" -> {item.TargetKind} {item.TargetId}");
            if (item.CheckInsImported + item.CheckInsKept > 0)
                text.Append(c, $" ({item.CheckInsImported} check-in(s) imported, {item.CheckInsKept} kept as extension)");
            text.AppendLine();
            foreach (var note in item.Notes)
                text.Append(c, $"    {Verb(note.Action),-8} {note.Field}: {note.Detail}").AppendLine();
        }
        return text.ToString();
    }

    /// <summary>The report as an indented JSON object (<c>"format": "okr-fidelity/1"</c>), with the same content as <see cref="ToText"/>.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("format", "okr-fidelity/1");
            w.WriteString("source", Source);
            w.WriteString("asOf", AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteNumber("mapped", Count(FidelityAction.Mapped));
            w.WriteNumber("derived", Count(FidelityAction.Derived));
            w.WriteNumber("kept", Count(FidelityAction.Kept));
            w.WriteStartArray("counts");
            foreach (var count in Counts)
            {
                w.WriteStartObject();
                w.WriteString("kind", count.SourceKind);
                w.WriteNumber("inExport", count.InExport);
                w.WriteNumber("mapped", count.Mapped);
                w.WriteNumber("kept", count.Kept);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("progress");
            foreach (var p in Progress)
            {
                w.WriteStartObject();
                w.WriteString("id", p.Id);
                w.WriteString("title", p.Title);
                WriteNumber(w, "recorded", p.SourceProgress);
                WriteNumber(w, "okrCore", p.OkrProgress);
                WriteNumber(w, "difference", p.Difference);
                w.WriteString("explanation", p.Explanation);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("items");
            foreach (var item in Items)
            {
                w.WriteStartObject();
                w.WriteString("sourceKind", item.SourceKind);
                w.WriteString("sourceId", item.SourceId);
                w.WriteString("title", item.Title);
                w.WriteString("targetKind", item.TargetKind);
                w.WriteString("targetId", item.TargetId);
                w.WriteNumber("checkInsImported", item.CheckInsImported);
                w.WriteNumber("checkInsKept", item.CheckInsKept);
                w.WriteStartArray("notes");
                foreach (var note in item.Notes)
                {
                    w.WriteStartObject();
                    w.WriteString("action", Verb(note.Action));
                    w.WriteString("field", note.Field);
                    w.WriteString("detail", note.Detail);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, Math.Round(v, 6));
        else w.WriteNull(name);
    }

    private static string Verb(FidelityAction action) => action switch
    {
        FidelityAction.Mapped => "mapped",
        FidelityAction.Derived => "derived",
        _ => "kept",
    };

    private static string Percent(double? value) => value is { } v ? (v * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "-";

    private static string Points(double? value) => value is { } v ? (v >= 0 ? "+" : "") + (v * 100).ToString("0.#", CultureInfo.InvariantCulture) : "-";
}
