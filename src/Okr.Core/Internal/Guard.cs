using System.Runtime.CompilerServices;
using Okr.Core;
using Okr.Core.Diagnostics;
using Okr.Core.Graph;
using Okr.Core.Scoring;
using Okr.Core.Rollup;
using Okr.Core.Health;
using Okr.Core.Serialization;
using Okr.Core.Results;

namespace Okr.Core.Internal;

/// <summary>Argument checks with one message format for the whole library.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    public static string NotNullOrWhiteSpace(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value is null) throw new ArgumentNullException(name);
        if (string.IsNullOrWhiteSpace(value)) throw new ArgumentException($"'{name}' must not be empty or white space.", name);
        return value;
    }

    public static double Finite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(name, value, $"'{name}' must be a finite number.");
        return value;
    }

    public static double InRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!(value >= min && value <= max)) throw new ArgumentOutOfRangeException(name, value, $"'{name}' must lie in [{min}, {max}].");
        return value;
    }

    public static double NonNegative(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!(value >= 0) || double.IsInfinity(value)) throw new ArgumentOutOfRangeException(name, value, $"'{name}' must be a finite number >= 0.");
        return value;
    }
}
