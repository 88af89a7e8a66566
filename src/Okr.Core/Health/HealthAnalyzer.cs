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
    /// <param name="options">Thresholds, extra rules and disabled rules; <see langword="null"/> for <see cref="HealthOptions.Default"/>.</param>
    /// <returns>The findings, in a stable order, and the organisation-level metrics.</returns>
    /// <exception cref="ArgumentException">An extra rule has no code, a code in the library's range (<c>OKR</c>), or the code of another rule.</exception>
    /// <exception cref="InvalidOperationException">An extra rule made a finding with a code other than its own.</exception>
    public static HealthReport AnalyzeHealth(this OkrGraph graph, DateOnly asOf, HealthOptions? options = null)
        => Analyze(graph, asOf, options, OkrWork.None);

    // The rules in order; work is checked (and progress reported) between them, one step per rule.
    private static HealthReport Analyze(OkrGraph graph, DateOnly asOf, HealthOptions? options, OkrWork work)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= HealthOptions.Default;
        CheckExtraRules(options.ExtraRules);
        IHealthRule[] rules = [.. Rules, .. options.ExtraRules];
        // Progress moves by steps: the shared context (levels, owner load), one step per rule, then the metrics;
        // cancellation is checked at each step.
        double steps = rules.Length + 2;
        work.Phase(0, 1 / steps);
        var context = new HealthContext(graph, asOf, options);
        var ownerLoad = OwnerLoad(context);
        context.Levels = Levels(context);
        var ruleContext = new HealthRuleContext(context);
        var findings = new List<HealthFinding>();
        for (var r = 0; r < rules.Length; r++)
        {
            var rule = rules[r];
            work.Phase((r + 1) / steps, (r + 2) / steps);
            if (!options.IsEnabled(rule.Code)) continue;
            foreach (var finding in rule.Analyze(ruleContext) ?? [])
            {
                if (finding is null || !string.Equals(finding.Code, rule.Code, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException(
                        $"Health rule '{rule.Code}' ({rule.GetType().Name}) made a finding with code '{finding?.Code ?? "null"}'; every finding of a rule must carry the rule's code, so that disabling the rule removes it.");
                }
                findings.Add(finding);
            }
        }
        work.Phase((rules.Length + 1) / steps, 1);
        var metrics = Metrics(context, ownerLoad, context.Levels);
        var report = new HealthReport { AsOf = asOf, Findings = Sorted(findings), Metrics = metrics, AlignmentScore = Score(context, metrics) };
        work.Complete();
        return report;
    }

    /// <summary>
    /// The built-in rules (OKR05xx), in code order: each one's code, severity and analysis. List a code in
    /// <see cref="HealthOptions.DisabledRules"/> to turn its rule off; add rules of your own with <see cref="HealthOptions.ExtraRules"/>.
    /// </summary>
    public static IReadOnlyList<IHealthRule> Rules { get; } =
    [
        new BuiltInRule(DiagnosticCodes.OwnerOverloaded, DiagnosticSeverity.Warning, Overload),
        new BuiltInRule(DiagnosticCodes.TooFewKeyResults, DiagnosticSeverity.Info, (c, f) => KeyResultCounts(c, f, few: true)),
        new BuiltInRule(DiagnosticCodes.TooManyKeyResults, DiagnosticSeverity.Warning, (c, f) => KeyResultCounts(c, f, few: false)),
        new BuiltInRule(DiagnosticCodes.Ballooning, DiagnosticSeverity.Warning, (c, f) => Ballooning(c, c.Levels, f)),
        new BuiltInRule(DiagnosticCodes.Silo, DiagnosticSeverity.Warning, Silos),
        new BuiltInRule(DiagnosticCodes.OutputHeavy, DiagnosticSeverity.Warning, OutputHeavy),
        new BuiltInRule(DiagnosticCodes.VerbatimCascade, DiagnosticSeverity.Info, VerbatimCascades),
        new BuiltInRule(DiagnosticCodes.Orphan, DiagnosticSeverity.Warning, Orphans),
        new BuiltInRule(DiagnosticCodes.NoOwner, DiagnosticSeverity.Warning, Ownership),
        new BuiltInRule(DiagnosticCodes.Stale, DiagnosticSeverity.Warning, (c, f) => CheckIns(c, f, stale: true)),
        new BuiltInRule(DiagnosticCodes.NotStarted, DiagnosticSeverity.Warning, (c, f) => CheckIns(c, f, stale: false)),
        new BuiltInRule(DiagnosticCodes.PeriodMismatch, DiagnosticSeverity.Warning, PeriodMismatches),
        new BuiltInRule(DiagnosticCodes.TooDeep, DiagnosticSeverity.Warning, Depth),
        new BuiltInRule(DiagnosticCodes.AlignmentNeverCounts, DiagnosticSeverity.Warning, AlignmentsThatNeverCount),
        new BuiltInRule(DiagnosticCodes.NumberInObjective, DiagnosticSeverity.Info, NumbersInObjectives),
        new BuiltInRule(DiagnosticCodes.OutputObjective, DiagnosticSeverity.Info, OutputObjectives),
        new BuiltInRule(DiagnosticCodes.ObjectiveLength, DiagnosticSeverity.Info, ObjectiveLengths),
        new BuiltInRule(DiagnosticCodes.NoBaseline, DiagnosticSeverity.Info, NoBaselines),
        new BuiltInRule(DiagnosticCodes.ActivityCount, DiagnosticSeverity.Warning, ActivityCounts),
        new BuiltInRule(DiagnosticCodes.AllMilestones, DiagnosticSeverity.Warning, AllMilestones),
        new BuiltInRule(DiagnosticCodes.ConfidenceBand, DiagnosticSeverity.Info, ConfidenceBand),
        new BuiltInRule(DiagnosticCodes.LowConfidenceWithoutNote, DiagnosticSeverity.Warning, LowConfidenceWithoutNote),
        new BuiltInRule(DiagnosticCodes.ConfidenceFalling, DiagnosticSeverity.Warning, ConfidenceFalling),
        new BuiltInRule(DiagnosticCodes.SilentGreen, DiagnosticSeverity.Warning, SilentGreen),
        new BuiltInRule(DiagnosticCodes.TrendingOffTrack, DiagnosticSeverity.Warning, TrendingOffTrack),
        new BuiltInRule(DiagnosticCodes.LevelSkip, DiagnosticSeverity.Info, LevelSkips),
    ];

    /// <summary>The codes of the built-in rules (OKR05xx), in order; pass any of them to <see cref="HealthOptions.DisabledRules"/>.</summary>
    public static IReadOnlyList<string> BuiltInRules { get; } = [.. Rules.Select(r => r.Code)];

    private static void CheckExtraRules(IReadOnlyList<IHealthRule> extra)
    {
        if (extra.Count == 0) return;
        var codes = new HashSet<string>(BuiltInRules, StringComparer.OrdinalIgnoreCase);
        foreach (var rule in extra)
        {
            if (rule is null) throw new ArgumentException("HealthOptions.ExtraRules holds a null rule.", nameof(extra));
            var code = rule.Code;
            if (string.IsNullOrWhiteSpace(code))
                throw new ArgumentException($"Health rule {rule.GetType().Name} has no code; give it a stable code of your own range, such as ACME001.", nameof(extra));
            if (code.StartsWith("OKR", StringComparison.OrdinalIgnoreCase))
                throw new ArgumentException($"Health rule '{code}' ({rule.GetType().Name}) uses the library's code range OKR; give it a code of your own range, such as ACME001.", nameof(extra));
            if (!codes.Add(code))
                throw new ArgumentException($"Health rule code '{code}' ({rule.GetType().Name}) is used by another rule; each rule needs its own code so it can be disabled alone.", nameof(extra));
        }
    }

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

    /// <summary>A finding's data: each value written in the invariant culture (numbers round-trip, days as yyyy-MM-dd).</summary>
    private static Dictionary<string, string> Data(params (string Key, object? Value)[] values)
    {
        var data = new Dictionary<string, string>(values.Length, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            if (value is null) continue;
            data[key] = value switch
            {
                double d => d.ToString("R", Invariant),
                DateOnly day => day.ToString("yyyy-MM-dd", Invariant),
                IFormattable f => f.ToString(null, Invariant),
                _ => value.ToString() ?? "",
            };
        }
        return data;
    }

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
                [owner, .. SortedIds(list)])
            {
                Data = Data(("owner", owner), ("period", period >= 0 ? c.Periods[period].Id : null), ("count", list.Count), ("limit", max)),
                Path = HealthContext.OwnerPath((int)(key >> 32)),
            });
        }

        static long Key(int owner, int period) => ((long)owner << 32) | (uint)(period + 1);
    }

    // OKR0502 / OKR0503: fewer than MinKeyResultsPerObjective or more than MaxKeyResultsPerObjective key results.
    private static void KeyResultCounts(HealthContext c, List<HealthFinding> findings, bool few)
    {
        var min = c.Options.MinKeyResultsPerObjective;
        var max = c.Options.MaxKeyResultsPerObjective;
        var many = !few;
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
                    [id])
                {
                    Data = Data(("objective", id), ("count", count), ("limit", min)),
                    Path = c.NodePath(v),
                });
            }
            if (many && count > max)
            {
                findings.Add(new HealthFinding(
                    DiagnosticCodes.TooManyKeyResults,
                    DiagnosticSeverity.Warning,
                    string.Create(Invariant, $"Objective '{id}' has {count} key results; practice recommends at most {max}."),
                    "Keep the key results that best show the outcome; move the rest to another objective or to the team's backlog.",
                    [id])
                {
                    Data = Data(("objective", id), ("count", count), ("limit", max)),
                    Path = c.NodePath(v),
                });
            }
        }
    }
}
