using System.Globalization;
using System.Runtime.CompilerServices;

namespace Okr.Core.Internal;

/// <summary>
/// The library's one guard helper, for checks that must be expressions (property initializers) or that the BCL's
/// <c>ArgumentNullException.ThrowIfNull</c> and <c>ArgumentOutOfRangeException.ThrowIf*</c> do not cover (finite
/// numbers, fractions). One message format: <c>'Name' must ...</c>, naming the argument or property.
/// </summary>
internal static class Require
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name);

    public static int AtLeast(int value, int min, [CallerMemberName] string? name = null)
        => value >= min ? value : throw new ArgumentOutOfRangeException(name, value, $"'{name}' must be at least {min.ToString(CultureInfo.InvariantCulture)}.");

    public static double FiniteAtLeast(double value, double min, [CallerMemberName] string? name = null)
        => double.IsFinite(value) && value >= min ? value : throw new ArgumentOutOfRangeException(name, value, $"'{name}' must be a finite number of at least {min.ToString(CultureInfo.InvariantCulture)}.");

    public static double FiniteAbove(double value, double min, [CallerMemberName] string? name = null)
        => double.IsFinite(value) && value > min ? value : throw new ArgumentOutOfRangeException(name, value, $"'{name}' must be a finite number above {min.ToString(CultureInfo.InvariantCulture)}.");

    public static double Fraction(double value, [CallerMemberName] string? name = null)
        => value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(name, value, $"'{name}' must lie in [0, 1].");
}
