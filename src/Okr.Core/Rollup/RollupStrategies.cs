namespace Okr.Core.Rollup;

/// <summary>One measured input of an objective (or derived key result) as a strategy sees it.</summary>
/// <param name="Progress">The input's clamped progress: never NaN, in [0, 1] (or [0, cap] with over-achievement).</param>
/// <param name="Weight">The input's effective weight: always above 0.</param>
public readonly record struct RollupInput(double Progress, double Weight);

/// <summary>
/// How an objective combines the progress of its measured inputs into one number. Implement it to plug in your own
/// policy, and register it by name in <see cref="RollupOptions.Strategies"/>; an objective picks it with
/// <see cref="Objective.Strategy"/>. Implementations must be pure (same inputs, same answer) and thread-safe.
/// </summary>
public interface IRollupStrategy
{
    /// <summary>The name objectives use to choose this strategy (compared ordinally, case-insensitively).</summary>
    string Name { get; }

    /// <summary>Combines the inputs into the objective's progress.</summary>
    /// <param name="inputs">
    /// The measured inputs, at least one. Inputs that are not measured and inputs of weight 0 (informational
    /// alignments) never reach a strategy.
    /// </param>
    /// <returns>The combined progress; it is clamped like any progress before it feeds anything above.</returns>
    double Combine(ReadOnlySpan<RollupInput> inputs);
}

/// <summary>The built-in rollup strategies.</summary>
public static class RollupStrategies
{
    /// <summary>
    /// The default: the weighted mean, sum(weight x progress) / sum(weight). Key results weigh their
    /// <see cref="KeyResult.Weight"/>, aligned objectives their <see cref="Alignment.Weight"/>.
    /// </summary>
    public static IRollupStrategy WeightedMean { get; } = new WeightedMeanStrategy();

    /// <summary>The plain mean of the measured inputs, ignoring weights (every input weighs the same).</summary>
    public static IRollupStrategy Mean { get; } = new MeanStrategy();

    /// <summary>The weakest link: the lowest progress among the measured inputs.</summary>
    public static IRollupStrategy Minimum { get; } = new MinimumStrategy();

    /// <summary>
    /// Total achieved over total targeted, for objectives whose metric key results count one unit (sales of three
    /// regions with targets of 100k, 20k and 1k): the weighted mean with each metric key result weighted by the size
    /// of its target, |target - start|, times its own weight. The same as <see cref="WeightedMean"/> with
    /// <see cref="Objective.WeightByTarget"/> set.
    /// </summary>
    public static IRollupStrategy Sum { get; } = new SumStrategy();

    /// <summary>The built-ins, by name.</summary>
    public static IReadOnlyList<IRollupStrategy> BuiltIn { get; } = [WeightedMean, Mean, Minimum, Sum];

    internal static double WeightedMeanOf(ReadOnlySpan<RollupInput> inputs)
    {
        double sum = 0, total = 0, largest = 0;
        foreach (var input in inputs)
        {
            sum += input.Weight * input.Progress;
            total += input.Weight;
            largest = Math.Max(largest, input.Weight);
        }
        if (!(total > 0) || (total <= double.MaxValue && total >= RollupCore.MinPlainTotal && double.IsFinite(sum))) return sum / total;
        // Weights near the ends of the double range: scale them by the largest, which changes no ratio.
        sum = total = 0;
        foreach (var input in inputs)
        {
            var w = input.Weight / largest;
            sum += w * input.Progress;
            total += w;
        }
        return sum / total;
    }

    private sealed class WeightedMeanStrategy : IRollupStrategy
    {
        public string Name => "weightedMean";

        public double Combine(ReadOnlySpan<RollupInput> inputs) => WeightedMeanOf(inputs);
    }

    private sealed class MeanStrategy : IRollupStrategy
    {
        public string Name => "mean";

        public double Combine(ReadOnlySpan<RollupInput> inputs)
        {
            double sum = 0;
            foreach (var input in inputs) sum += input.Progress;
            return sum / inputs.Length;
        }
    }

    private sealed class MinimumStrategy : IRollupStrategy
    {
        public string Name => "minimum";

        public double Combine(ReadOnlySpan<RollupInput> inputs)
        {
            var min = double.PositiveInfinity;
            foreach (var input in inputs) min = Math.Min(min, input.Progress);
            return min;
        }
    }

    private sealed class SumStrategy : IRollupStrategy
    {
        public string Name => "sum";

        public double Combine(ReadOnlySpan<RollupInput> inputs) => WeightedMeanOf(inputs);
    }
}
