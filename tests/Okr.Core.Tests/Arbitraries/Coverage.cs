using FsCheck;
using FsCheck.Fluent;

namespace Okr.Core.Tests.Arbitraries;

/// <summary>
/// Companion checks for properties with a vacuous branch: the share of generated cases that reach the interesting
/// branch, sampled over FsCheck's whole size range, must be at least a floor, so a generator that stops producing the
/// case fails loudly instead of letting the property pass on nothing.
/// </summary>
public static class Coverage
{
    /// <summary>The share of <paramref name="samples"/> values of <paramref name="arbitrary"/>, at sizes spread over 1 to 100, that satisfy <paramref name="interesting"/>.</summary>
    public static double Share<T>(Arbitrary<T> arbitrary, Func<T, bool> interesting, int samples = 200)
    {
        var hits = 0;
        var batches = 10;
        for (var b = 0; b < batches; b++)
        {
            var size = 1 + b * 99 / (batches - 1);
            hits += arbitrary.Generator.Sample(samples / batches, size).Count(interesting);
        }
        return (double)hits / (samples / batches * batches);
    }

    /// <summary>Fails unless at least <paramref name="floor"/> of the generated cases are interesting.</summary>
    public static void AtLeast<T>(double floor, Arbitrary<T> arbitrary, Func<T, bool> interesting, string what, int samples = 200)
    {
        var share = Share(arbitrary, interesting, samples);
        Assert.True(share >= floor, $"Only {share:P0} of generated cases have {what}; the properties need at least {floor:P0}.");
    }
}
