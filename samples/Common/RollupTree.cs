using System.Globalization;
using Okr.Core;

namespace Okr.Samples;

/// <summary>Prints a rolled-up org as a tree, and the words the samples use for statuses and provenance.</summary>
public static class RollupTree
{
    /// <summary>Prints every node of <paramref name="result"/> from the roots down.</summary>
    public static void Print(RollupResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        TreePrinter.Print(result.Graph, View(result), output);
    }

    /// <summary>What the tree printer shows for each node of <paramref name="result"/>.</summary>
    public static Func<OkrNode, NodeView> View(RollupResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return node =>
        {
            var progress = result[node];
            return new NodeView(progress.Progress, Describe(progress.Status), Describe(progress.Provenance));
        };
    }

    /// <summary>A status in words.</summary>
    public static string Describe(ProgressStatus status) => status switch
    {
        ProgressStatus.NoData => "no data",
        ProgressStatus.NotStarted => "not started",
        ProgressStatus.OnTrack => "on track",
        ProgressStatus.Behind => "behind",
        ProgressStatus.AtRisk => "at risk",
        ProgressStatus.Achieved => "achieved",
        _ => status.ToString(),
    };

    /// <summary>A provenance in words.</summary>
    public static string Describe(Provenance provenance) => provenance switch
    {
        Provenance.Measured => "measured",
        Provenance.Derived => "rolled up",
        Provenance.Manual => "manual",
        _ => "not measured",
    };

    /// <summary>A progress as a percentage with one decimal, or "not measured".</summary>
    public static string Percent(double? progress) =>
        progress is { } p ? (p * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "not measured";

    /// <summary>Reads a sample data file and compiles it, failing with every diagnostic (with lines) when it has errors.</summary>
    public static OkrGraph Load(string path)
    {
        var read = OkrJson.TryReadFile(path);
        var compiled = read.ThrowIfFailed().Compile();
        return compiled.Succeeded ? compiled.Graph! : throw new OkrValidationException(read.Locate(compiled.Diagnostics));
    }
}
