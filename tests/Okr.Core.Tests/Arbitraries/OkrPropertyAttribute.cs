using System.Globalization;
using FsCheck.Xunit;

namespace Okr.Core.Tests.Arbitraries;

/// <summary>
/// An FsCheck.Xunit <see cref="PropertyAttribute"/> whose case count is <see cref="Runs"/> times the
/// <c>OKR_PROPERTY_RUNS</c> multiplier (default 1). CI runs the sizes written on each property, chosen so that all
/// properties together stay well under a minute on a 2-core machine; <c>OKR_PROPERTY_RUNS=20 dotnet test</c> runs
/// every property 20 times as many cases (tests/README.md).
/// </summary>
public sealed class OkrPropertyAttribute : PropertyAttribute
{
    /// <summary>The environment variable that multiplies every property's case count.</summary>
    public const string RunsVariable = "OKR_PROPERTY_RUNS";

    /// <summary>The multiplier read from <see cref="RunsVariable"/>: a positive number, or 1 when unset or unreadable.</summary>
    public static double Multiplier { get; } =
        double.TryParse(Environment.GetEnvironmentVariable(RunsVariable), NumberStyles.Float, CultureInfo.InvariantCulture, out var m) && m > 0 ? m : 1;

    /// <summary>The number of cases CI runs; FsCheck's MaxTest is this times <see cref="Multiplier"/>.</summary>
    public int Runs
    {
        get => MaxTest;
        set => MaxTest = Scale(value);
    }

    /// <summary><paramref name="runs"/> times the multiplier, at least 1.</summary>
    public static int Scale(int runs) => (int)Math.Max(1, Math.Min(int.MaxValue, Math.Round(runs * Multiplier)));
}
