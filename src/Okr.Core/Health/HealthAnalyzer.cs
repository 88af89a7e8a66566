using System.Globalization;
using Okr.Core.Diagnostics;
using Okr.Core.Graph;

namespace Okr.Core.Health;

/// <summary>
/// Detects the known failure modes of OKR practice on a compiled <see cref="OkrGraph"/>: overload, ballooning, silos,
/// output-heavy key results, verbatim cascades, orphans, missing owners, stale or unstarted check-ins, period
/// mismatches and over-deep alignment chains, and measures the organisation (alignment mix, coverage, load, depth).
/// Every rule runs in time linear in the size of the graph; see <c>docs/health.md</c>. The step is an extension
/// method of the compiled graph: <c>graph.AnalyzeHealth(asOf)</c>.
/// </summary>
/// <example>
/// <code>
/// var graph = set.Compile().ThrowIfFailed();
/// var report = graph.AnalyzeHealth(new DateOnly(2026, 2, 15));
/// foreach (var finding in report.Findings) Console.WriteLine(finding);
/// Console.WriteLine($"Alignment coverage: {report.Metrics.AlignmentCoverage:P0}");
/// </code>
/// </example>
public static partial class HealthAnalyzer
{
    /// <summary>Analyzes the health of an OKR graph as of a day.</summary>
    /// <param name="graph">The compiled graph.</param>
    /// <param name="asOf">The day to judge check-ins and running periods on.</param>
    /// <param name="options">Thresholds and disabled rules; <see langword="null"/> for <see cref="HealthOptions.Default"/>.</param>
    /// <returns>The findings, in a stable order, and the organisation-level metrics.</returns>
    public static HealthReport AnalyzeHealth(this OkrGraph graph, DateOnly asOf, HealthOptions? options = null)
        => Analyze(graph, asOf, options, OkrWork.None);

    // The rules in order; work is checked (and progress reported) between them, in steps of one fifteenth.
    private static HealthReport Analyze(OkrGraph graph, DateOnly asOf, HealthOptions? options, OkrWork work)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= HealthOptions.Default;
        const double Step = 1.0 / 15;
        work.Phase(0, Step);
        var context = new HealthContext(graph, asOf, options);
        var findings = new List<HealthFinding>();
        work.Phase(1 * Step, 2 * Step);
        var ownerLoad = OwnerLoad(context);
        if (options.IsEnabled(DiagnosticCodes.OwnerOverloaded)) Overload(context, findings);
        work.Phase(2 * Step, 3 * Step);
        if (options.IsEnabled(DiagnosticCodes.TooFewKeyResults) || options.IsEnabled(DiagnosticCodes.TooManyKeyResults)) KeyResultCounts(context, findings);
        work.Phase(3 * Step, 4 * Step);
        var levels = Levels(context);
        work.Phase(4 * Step, 5 * Step);
        if (options.IsEnabled(DiagnosticCodes.Ballooning)) Ballooning(context, levels, findings);
        work.Phase(5 * Step, 6 * Step);
        if (options.IsEnabled(DiagnosticCodes.Silo)) Silos(context, findings);
        work.Phase(6 * Step, 7 * Step);
        if (options.IsEnabled(DiagnosticCodes.OutputHeavy)) OutputHeavy(context, findings);
        work.Phase(7 * Step, 8 * Step);
        if (options.IsEnabled(DiagnosticCodes.VerbatimCascade)) VerbatimCascades(context, findings);
        work.Phase(8 * Step, 9 * Step);
        if (options.IsEnabled(DiagnosticCodes.Orphan)) Orphans(context, findings);
        work.Phase(9 * Step, 10 * Step);
        if (options.IsEnabled(DiagnosticCodes.NoOwner)) Ownership(context, findings);
        work.Phase(10 * Step, 11 * Step);
        if (options.IsEnabled(DiagnosticCodes.Stale) || options.IsEnabled(DiagnosticCodes.NotStarted)) CheckIns(context, findings);
        work.Phase(11 * Step, 12 * Step);
        if (options.IsEnabled(DiagnosticCodes.PeriodMismatch)) PeriodMismatches(context, findings);
        work.Phase(12 * Step, 13 * Step);
        if (options.IsEnabled(DiagnosticCodes.TooDeep)) Depth(context, findings);
        work.Phase(13 * Step, 14 * Step);
        var metrics = Metrics(context, ownerLoad, levels);
        work.Phase(14 * Step, 1);
        var report = new HealthReport { AsOf = asOf, Findings = Sorted(findings), Metrics = metrics };
        work.Complete();
        return report;
    }

    /// <summary>The codes of the built-in rules (OKR05xx), in order; pass any of them to <see cref="HealthOptions.DisabledRules"/>.</summary>
    public static IReadOnlyList<string> BuiltInRules { get; } =
    [
        DiagnosticCodes.OwnerOverloaded, DiagnosticCodes.TooFewKeyResults, DiagnosticCodes.TooManyKeyResults,
        DiagnosticCodes.Ballooning, DiagnosticCodes.Silo, DiagnosticCodes.OutputHeavy, DiagnosticCodes.VerbatimCascade,
        DiagnosticCodes.Orphan, DiagnosticCodes.NoOwner, DiagnosticCodes.Stale, DiagnosticCodes.NotStarted,
        DiagnosticCodes.PeriodMismatch, DiagnosticCodes.TooDeep,
    ];

    private static HealthFinding[] Sorted(List<HealthFinding> findings)
    {
        // Sort on (code, first id) kept beside each finding, falling back to the whole finding on a tie: most
        // comparisons then touch two strings and no interface.
        var keyed = new (string Code, string First, HealthFinding Finding)[findings.Count];
        for (var i = 0; i < keyed.Length; i++)
        {
            var f = findings[i];
            keyed[i] = (f.Code, f.Ids.Count > 0 ? f.Ids[0] : "", f);
        }
        Array.Sort(keyed, static (a, b) =>
        {
            var c = string.CompareOrdinal(a.Code, b.Code);
            if (c == 0) c = string.CompareOrdinal(a.First, b.First);
            return c != 0 ? c : CompareFindings(a.Finding, b.Finding);
        });
        var result = new HealthFinding[keyed.Length];
        for (var i = 0; i < result.Length; i++) result[i] = keyed[i].Finding;
        return result;
    }

    private static int CompareFindings(HealthFinding a, HealthFinding b)
    {
        var c = string.CompareOrdinal(a.Code, b.Code);
        for (var i = 0; c == 0 && i < Math.Min(a.Ids.Count, b.Ids.Count); i++) c = string.CompareOrdinal(a.Ids[i], b.Ids[i]);
        if (c == 0) c = a.Ids.Count.CompareTo(b.Ids.Count);
        if (c == 0) c = string.CompareOrdinal(a.Message, b.Message);
        return c;
    }

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string[] SortedIds(IEnumerable<string> ids)
    {
        var array = ids.ToArray();
        Array.Sort(array, StringComparer.Ordinal);
        return array;
    }

    private static int[] OwnerLoad(HealthContext c)
    {
        var load = new int[c.OwnerIds.Length];
        for (var v = 0; v < c.Graph.NodeCount; v++)
        {
            if (!c.IsObjective(v)) continue;
            foreach (var o in c.OwnersOf(v)) load[o]++;
        }
        return load;
    }

    // OKR0501: more than MaxObjectivesPerOwner objectives per owner in one period.
    private static void Overload(HealthContext c, List<HealthFinding> findings)
    {
        var counts = new Dictionary<long, int>();
        var max = c.Options.MaxObjectivesPerOwner;
        for (var v = 0; v < c.Graph.NodeCount; v++)
        {
            if (!c.IsObjective(v)) continue;
            foreach (var o in c.OwnersOf(v))
            {
                var key = Key(o, c.NodePeriod(v));
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        var over = new Dictionary<long, List<string>>();
        foreach (var (key, count) in counts)
        {
            if (count > max) over[key] = new List<string>(count);
        }
        if (over.Count == 0) return;
        for (var v = 0; v < c.Graph.NodeCount; v++)
        {
            if (!c.IsObjective(v)) continue;
            foreach (var o in c.OwnersOf(v))
            {
                if (over.TryGetValue(Key(o, c.NodePeriod(v)), out var list)) list.Add(c.Graph.IdAt(v));
            }
        }
        foreach (var (key, list) in over)
        {
            var owner = c.OwnerIds[(int)(key >> 32)];
            var period = (int)(key & 0xFFFFFFFF) - 1;
            var where = period >= 0 ? "in period '" + c.Periods[period].Id + "'" : "with no period";
            findings.Add(new HealthFinding(
                DiagnosticCodes.OwnerOverloaded,
                DiagnosticSeverity.Warning,
                string.Create(Invariant, $"Owner '{owner}' holds {list.Count} objectives {where}; practice recommends at most {max}."),
                "Keep the few objectives that matter most this period; drop, defer or hand over the rest, or localize several cascaded ones into one.",
                [owner, .. SortedIds(list)]));
        }

        static long Key(int owner, int period) => ((long)owner << 32) | (uint)(period + 1);
    }

    // OKR0502 / OKR0503: fewer than MinKeyResultsPerObjective or more than MaxKeyResultsPerObjective key results.
    private static void KeyResultCounts(HealthContext c, List<HealthFinding> findings)
    {
        var min = c.Options.MinKeyResultsPerObjective;
        var max = c.Options.MaxKeyResultsPerObjective;
        var few = c.Options.IsEnabled(DiagnosticCodes.TooFewKeyResults);
        var many = c.Options.IsEnabled(DiagnosticCodes.TooManyKeyResults);
        for (var v = 0; v < c.Graph.NodeCount; v++)
        {
            if (!c.IsObjective(v)) continue;
            var count = c.KeyResultCount[v];
            var id = c.Graph.IdAt(v);
            if (few && count < min)
            {
                findings.Add(new HealthFinding(
                    DiagnosticCodes.TooFewKeyResults,
                    DiagnosticSeverity.Info,
                    string.Create(Invariant, $"Objective '{id}' has {count} key result{(count == 1 ? "" : "s")}; practice recommends at least {min}."),
                    "Add measurable key results that together show the objective is met, so progress does not hang on a single number.",
                    [id]));
            }
            else if (many && count > max)
            {
                findings.Add(new HealthFinding(
                    DiagnosticCodes.TooManyKeyResults,
                    DiagnosticSeverity.Warning,
                    string.Create(Invariant, $"Objective '{id}' has {count} key results; practice recommends at most {max}."),
                    "Keep the key results that best show the outcome; move the rest to another objective or to the team's backlog.",
                    [id]));
            }
        }
    }
}
