using System.Globalization;
using System.Text;
using Okr.Core.Graph;
using Okr.Core.Rollup;
using Okr.Core.Scoring;

namespace Okr.Core.Visuals;

/// <summary>The one palette, the labels and the number formats every picture uses, so that all of them agree.</summary>
internal static class Style
{
    public static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The colour of a status: strong (strokes, bars) and light (fills).</summary>
    public static (string Strong, string Light) StatusColour(ProgressStatus status) => status switch
    {
        ProgressStatus.OnTrack => ("#1a7f37", "#dafbe1"),
        ProgressStatus.Behind => ("#9a6700", "#fff8c5"),
        ProgressStatus.AtRisk => ("#cf222e", "#ffebe9"),
        ProgressStatus.Achieved => ("#0969da", "#ddf4ff"),
        ProgressStatus.NotStarted => ("#6e7781", "#f6f8fa"),
        _ => ("#8c959f", "#f6f8fa"),
    };

    /// <summary>The colour of an edge kind.</summary>
    public static string EdgeColour(EdgeKind kind) => kind switch
    {
        EdgeKind.Cascaded => "#0969da",
        EdgeKind.Localized => "#8250df",
        EdgeKind.BottomUp => "#1a7f37",
        EdgeKind.Shared => "#bc4c00",
        _ => "#6e7781",
    };

    /// <summary>The word for an edge kind, as the docs write it.</summary>
    public static string EdgeWord(EdgeKind kind) => kind switch
    {
        EdgeKind.Cascaded => "cascaded",
        EdgeKind.Localized => "localized",
        EdgeKind.BottomUp => "bottom-up",
        EdgeKind.Shared => "shared",
        EdgeKind.LinkedKeyResult => "linked",
        _ => "key result",
    };

    /// <summary>The words for a status.</summary>
    public static string StatusWord(ProgressStatus status) => status switch
    {
        ProgressStatus.OnTrack => "on track",
        ProgressStatus.Behind => "behind",
        ProgressStatus.AtRisk => "at risk",
        ProgressStatus.Achieved => "achieved",
        ProgressStatus.NotStarted => "not started",
        _ => "no data",
    };

    /// <summary>A progress as a whole percentage, or "--" when not measured (never 0).</summary>
    public static string Percent(double? progress)
        => progress is { } p ? (p * 100).ToString("0", Invariant) + "%" : "--";

    /// <summary>"31% behind", "-- no data".</summary>
    public static string ProgressLabel(NodeProgress progress)
        => Percent(progress.Progress) + " " + StatusWord(progress.Status);

    /// <summary>A number for coordinates: at most two decimals, invariant culture.</summary>
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", Invariant);

    /// <summary>Appends <see cref="N"/>'s text without allocating a string for it (the maps write millions of coordinates).</summary>
    public static StringBuilder AppendN(this StringBuilder builder, double value)
    {
        Span<char> buffer = stackalloc char[32];
        var rounded = Math.Round(value, 2);
        return rounded.TryFormat(buffer, out var written, "0.##", Invariant) ? builder.Append(buffer[..written]) : builder.Append(N(value));
    }

    /// <summary>A measured value in the measure's unit: at most three decimals.</summary>
    public static string Value(double value) => value.ToString("0.###", Invariant);

    /// <summary>Every owner's display name (its name, or its id when it has none), by id; the first of a repeated id wins.</summary>
    public static Dictionary<string, string> OwnerNames(OkrSet set)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var owner in set.Owners) names.TryAdd(owner.Id, owner.Name ?? owner.Id);
        return names;
    }

    /// <summary>The owners of an objective by name, joined; "no owner" when none.</summary>
    public static string Owners(Dictionary<string, string> names, Objective objective)
    {
        if (objective.OwnerIds.Count == 0) return "no owner";
        var owners = new string[objective.OwnerIds.Count];
        for (var i = 0; i < owners.Length; i++) owners[i] = names.GetValueOrDefault(objective.OwnerIds[i], objective.OwnerIds[i]);
        return string.Join(" + ", owners);
    }

    /// <summary>The text cut to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Clip(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "\u2026");

    /// <summary>Escapes text for XML and HTML content and attribute values.</summary>
    public static string Xml(string text)
    {
        var builder = (StringBuilder?)null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => char.IsControl(c) ? " " : null,
            };
            if (replacement is null)
            {
                builder?.Append(c);
                continue;
            }
            builder ??= new StringBuilder(text, 0, i, text.Length + 16);
            builder.Append(replacement);
        }
        return builder?.ToString() ?? text;
    }

    /// <summary>The period of an objective, or <see langword="null"/> when it names none the set has.</summary>
    public static Period? PeriodOf(OkrGraph graph, Objective objective)
    {
        if (objective.PeriodId is not { } id) return null;
        foreach (var period in graph.Set.Periods)
        {
            if (string.Equals(period.Id, id, StringComparison.Ordinal)) return period;
        }
        return null;
    }
}
