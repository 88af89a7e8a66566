using System.Globalization;
using System.Text.Json;
using Spectre.Console;

namespace Okr.Cli.Rendering;

/// <summary>Progress and status moves, as <c>diff</c> and <c>checkin</c> print them: one line (or object) each.</summary>
internal static class MovesView
{
    public static void WriteJson(Utf8JsonWriter w, IEnumerable<ProgressMove> moves)
    {
        w.WriteStartArray("moves");
        foreach (var m in moves)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            CliJson.Number(w, "before", m.Before);
            CliJson.Number(w, "after", m.After);
            w.WriteString("statusBefore", CliJson.Status(m.StatusBefore));
            w.WriteString("statusAfter", CliJson.Status(m.StatusAfter));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary><c>  id  before -> after  +delta  status</c>, ids padded to one column.</summary>
    public static void WriteText(IAnsiConsole console, IReadOnlyList<ProgressMove> moves)
    {
        var width = moves.Count == 0 ? 0 : Math.Min(40, moves.Max(m => m.Id.Length));
        foreach (var m in moves)
        {
            var delta = m.Before is { } b && m.After is { } a ? ((a - b) * 100).ToString("+0;-0;0", CultureInfo.InvariantCulture).PadLeft(5) : "     ";
            var status = m.StatusBefore == m.StatusAfter ? TreeView.StatusWord(m.StatusAfter) : $"{TreeView.StatusWord(m.StatusBefore)} -> {TreeView.StatusWord(m.StatusAfter)}";
            console.WriteLine($"  {m.Id.PadRight(width)}  {TreeView.Percent(m.Before),4} -> {TreeView.Percent(m.After),4} {delta}  {status}");
        }
    }
}
