using System.Globalization;
using Okr.Core.Diagnostics;
using Okr.Core.Internal;

namespace Okr.Core.Graph;

/// <summary>
/// Checks every part of an <see cref="OkrSet"/> and collects the edges and the topological order the graph is laid
/// out from. Every problem is reported in document order, each with its code, message, ids and <see cref="ModelPath"/>.
/// One instance per compile; the checks of each part of the model are in their own file.
/// </summary>
internal sealed partial class ModelValidator(OkrSet set)
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<string, int> _owners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _periods = new(StringComparer.Ordinal);
    private string[] _tempIds = [];
    private IdIndex _index = null!;
    private bool[] _excluded = [];   // temp nodes left out of the graph (duplicates)
    private EdgeList _edges = new(0);

    // The objective each key result is defined under (temp numbering), or -1; found once, used twice.
    private readonly int[] _keyResultObjective = new int[set.KeyResults.Count];

    private int ObjectiveCount => set.Objectives.Count;

    /// <summary>Every diagnostic so far, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>The ids in temporary numbering: objectives in document order, then key results.</summary>
    public string[] Ids => _tempIds;

    /// <summary>The id index over <see cref="Ids"/>.</summary>
    public IdIndex Index => _index;

    /// <summary>The edges, in temporary numbering.</summary>
    public EdgeList Edges => _edges;

    /// <summary>Runs every check. Returns the topological order (temporary numbers), or null when there are errors.</summary>
    public int[]? Run()
    {
        // Progress fractions of each check, roughly in proportion to its cost; the layout takes the last tenth.
        Work.Phase(0, 0.02);
        CheckOwners();
        CheckPeriods();
        Work.Phase(0.02, 0.2);
        IndexNodes();
        Work.Phase(0.2, 0.35);
        CheckObjectives();
        Work.Phase(0.35, 0.6);
        CheckKeyResults();
        Work.Phase(0.6, 0.72);
        CheckAlignments();
        Work.Phase(0.72, 0.78);
        CheckDuplicateAlignments();
        Work.Phase(0.78, 0.8);
        CheckDerived();
        Work.Phase(0.8, 0.9);
        var order = TopologicalOrder();
        return order is null || _diagnostics.Exists(static d => d.IsError) ? null : order;
    }

    private void Error(string code, ModelPath path, string message, params IEnumerable<string> ids)
        => _diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, message, ids) { Path = path.ToString() });

    private void Warn(string code, ModelPath path, string message, params IEnumerable<string> ids)
        => _diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, ids) { Path = path.ToString() });

    private bool CheckId(string? id, ModelPath path, string what)
    {
        if (!string.IsNullOrWhiteSpace(id)) return true;
        Error(DiagnosticCodes.MissingId, path, $"The {what} has no id; give it a non-empty id.");
        return false;
    }

    /// <summary>Reports a null entry of a list (<c>$.owners[3]</c>); returns whether the entry is there.</summary>
    private bool CheckEntry(object? entry, ModelPath path, string list, string what)
    {
        if (entry is not null) return true;
        Error(DiagnosticCodes.MissingValue, path, $"An entry of {list} is null; remove it or give {what}.");
        return false;
    }

    /// <summary>Reports an enum value none of the enum's members names, such as <c>(Commitment)9</c>.</summary>
    private void CheckDefined<T>(T value, ModelPath path, string what, string id)
        where T : struct, Enum
    {
        if (Enum.IsDefined(value)) return;
        Error(DiagnosticCodes.UndefinedEnumValue, path, $"The {what} of '{id}' is {Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)}, which no member of {typeof(T).Name} names; use one of {string.Join(", ", Enum.GetNames<T>())}.", id);
    }

    /// <summary>
    /// Reports a metric value whose progress, (value - start) / (target - start), is beyond the largest double: a value
    /// far from a tiny span. Spans and differences that overflow on their own are computed stably and are fine.
    /// </summary>
    private void CheckProgressRange(MetricMeasure metric, double value, ModelPath path, string what, string id)
    {
        if (!double.IsFinite(metric.Start) || !double.IsFinite(metric.Target) || metric.Start == metric.Target) return;
        if (double.IsFinite(metric.ProgressOfValue(value))) return;
        Error(DiagnosticCodes.ProgressOutOfRange, path, $"The {what} of '{id}' is {Describe(value)}, so far from the start {Describe(metric.Start)} for a target of {Describe(metric.Target)} that its progress exceeds the largest double ({double.MaxValue.ToString("R", CultureInfo.InvariantCulture)}); measure in a unit that keeps the values and the distance to the target within about 1e300 of each other.", id);
    }

    private void CheckFinite(double value, ModelPath path, string what, string id)
    {
        if (!double.IsFinite(value))
            Error(DiagnosticCodes.NotFinite, path, $"The {what} of '{id}' is {Describe(value)}; give a finite number.", id);
    }

    private void CheckWeight(double weight, ModelPath path, string what, string id)
    {
        if (!double.IsFinite(weight)) CheckFinite(weight, path, what, id);
        else if (weight < 0)
            Error(DiagnosticCodes.NegativeWeight, path, $"The {what} of '{id}' is {Describe(weight)}; weights must be 0 or more (0 makes it informational).", id);
    }

    private static string Describe(double value) => double.IsNaN(value) ? "NaN" : value.ToString("R", CultureInfo.InvariantCulture);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Sets list key results under their objective and objectives by owner, so consecutive look-ups repeat the
    // same id; a one-entry memo per kind of look-up saves most hash probes (cache misses) on large sets.
    private string? _lastFound;
    private int _lastFoundIndex;

    private int Find(string? id)
    {
        if (id is null) return -1;
        if (string.Equals(id, _lastFound, StringComparison.Ordinal)) return _lastFoundIndex;
        _lastFoundIndex = _index.Find(id, _tempIds);
        _lastFound = id;
        return _lastFoundIndex;
    }

    private string? _lastOwner;

    private bool IsOwner(string id)
    {
        if (string.Equals(id, _lastOwner, StringComparison.Ordinal)) return true;
        if (!_owners.ContainsKey(id)) return false;
        _lastOwner = id;
        return true;
    }

    private Period? PeriodOf(Objective objective)
        => objective.PeriodId is { } id && _periods.TryGetValue(id, out var p) ? set.Periods[p] : null;
}
