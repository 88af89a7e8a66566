using System.Globalization;
using System.Text;
using Okr.Core.Graph;
using Okr.Core.Rollup;
using Okr.Core.Scoring;
using Spectre.Console;

namespace Okr.Cli.Rendering;

/// <summary>
/// Draws rows of the rolled-up tree for people: tree guides, id and title, then aligned columns: a progress bar
/// coloured by status, progress, expected progress, status, owners and where the number came from.
/// </summary>
internal static class TreeView
{
    private const int MaxTreeWidth = 72;
    private const int BarWidth = 10;
    private const int MaxOwnerWidth = 24;

    public static void Write(IAnsiConsole console, IReadOnlyList<TreeRow> rows, RollupResult result)
    {
        var unicode = console.Profile.Capabilities.Unicode;
        var labels = new string[rows.Count];
        var width = 0;
        var ownerWidth = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            labels[i] = Label(rows[i], result, unicode);
            width = Math.Max(width, Math.Min(MaxTreeWidth, rows[i].Guide.Length + labels[i].Length));
            ownerWidth = Math.Max(ownerWidth, Math.Min(MaxOwnerWidth, Owners(rows[i].Node).Length));
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var room = Math.Max(8, width - row.Guide.Length);
            var label = Fit(labels[i], room);
            var line = new StringBuilder();
            line.Append(Markup.Escape(row.Guide)).Append(Markup.Escape(label)).Append(' ', room - label.Length);
            if (row.Reference)
            {
                line.Append("  [grey](shown above)[/]");
                console.MarkupLine(line.ToString());
                continue;
            }
            var progress = result[row.Node];
            var colour = Colour(progress.Status);
            line.Append("  [").Append(colour).Append(']').Append(Markup.Escape(Bar(progress.Progress, unicode))).Append("[/]");
            line.Append(' ').Append(Percent(progress.Progress).PadLeft(4));
            line.Append("  exp ").Append(Percent(progress.ExpectedProgress).PadLeft(4));
            line.Append("  [").Append(colour).Append(']').Append(StatusWord(progress.Status).PadRight(11)).Append("[/]");
            line.Append("  ").Append(Markup.Escape(Fit(Owners(row.Node), ownerWidth).PadRight(ownerWidth)));
            line.Append("  [grey]").Append(ProvenanceWord(progress.Provenance)).Append("[/]");
            if (row.HiddenBelow > 0) line.Append(CultureInfo.InvariantCulture, $"  [grey](+{row.HiddenBelow} below)[/]");
            console.MarkupLine(line.ToString());
        }
    }

    private static string Label(TreeRow row, RollupResult result, bool unicode)
    {
        var node = row.Node;
        var marker = node.Kind == NodeKind.Objective ? "O" : "KR";
        var edge = row.Via is { Kind: not EdgeKind.KeyResult } via ? " " + EdgeNote(via, result, unicode) : "";
        return $"{marker} {node.Id}{edge}: {node.Title}";
    }

    /// <summary>The edge to the line above: its kind, its weight when not 1, and whether it counts.</summary>
    public static string EdgeNote(GraphEdge via, RollupResult result, bool unicode)
    {
        var kind = EdgeWord(via.Kind);
        var weight = via.Weight == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" x{via.Weight:0.###}");
        var counts = Counts(via, result);
        var note = via.Weight == 0 ? ", informational" : counts ? "" : ", not counted";
        return unicode ? $"‹{kind}{weight}{note}›" : $"<{kind}{weight}{note}>";
    }

    /// <summary>Whether the edge's child counts in its parent's progress.</summary>
    public static bool Counts(GraphEdge via, RollupResult result)
    {
        foreach (var share in result.GetShares(via.Child))
        {
            if (share.Parent == via.Parent) return true;
        }
        return false;
    }

    public static string EdgeWord(EdgeKind kind) => kind switch
    {
        EdgeKind.KeyResult => "key result",
        EdgeKind.LinkedKeyResult => "linked",
        EdgeKind.Cascaded => "cascaded",
        EdgeKind.Localized => "localized",
        EdgeKind.BottomUp => "bottom-up",
        _ => "shared",
    };

    public static string Owners(OkrNode node)
    {
        if (node.Objective is { } objective) return objective.OwnerIds.Count == 0 ? "(no owner)" : string.Join(",", objective.OwnerIds);
        return node.KeyResult!.OwnerId ?? "";
    }

    private static string Fit(string text, int room) => text.Length <= room ? text : text[..(room - 1)] + "…";

    public static string Bar(double? progress, bool unicode)
    {
        var (full, empty) = unicode ? ('█', '░') : ('#', '.');
        if (progress is not { } p) return new string(' ', BarWidth);
        var filled = (int)Math.Round(Math.Clamp(p, 0, 1) * BarWidth, MidpointRounding.AwayFromZero);
        return new string(full, filled) + new string(empty, BarWidth - filled);
    }

    public static string Percent(double? progress)
        => progress is { } p ? (p * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "--";

    public static string StatusWord(ProgressStatus status) => status switch
    {
        ProgressStatus.NotStarted => "not started",
        ProgressStatus.OnTrack => "on track",
        ProgressStatus.Behind => "behind",
        ProgressStatus.AtRisk => "at risk",
        ProgressStatus.Achieved => "achieved",
        _ => "no data",
    };

    public static string ProvenanceWord(Provenance provenance) => provenance switch
    {
        Provenance.Measured => "measured",
        Provenance.Derived => "rolled up",
        Provenance.Manual => "manual",
        _ => "not measured",
    };

    private static string Colour(ProgressStatus status) => status switch
    {
        ProgressStatus.OnTrack => "green",
        ProgressStatus.Achieved => "green",
        ProgressStatus.Behind => "yellow",
        ProgressStatus.AtRisk => "red",
        _ => "grey",
    };
}
