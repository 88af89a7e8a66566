using Okr.Samples;

namespace Okr.Core.Tests.Samples;

/// <summary>Runs every sample's entry point in process and checks the numbers it prints.</summary>
public sealed class SamplesTests
{
    private static string Run(Func<TextWriter, int> sample)
    {
        using var output = new StringWriter();
        Assert.Equal(0, sample(output));
        return output.ToString().ReplaceLineEndings("\n");
    }

    [Fact]
    public void Ballooning_shows_strict_cascades_tripling_per_level_and_localizing_staying_flat()
    {
        var text = Run(BallooningSample.Run);
        Assert.Contains("    1 |                          3            9 |                     3            9\n", text, StringComparison.Ordinal);
        Assert.Contains("    2 |                          9           27 |                     3            9\n", text, StringComparison.Ordinal);
        Assert.Contains("    3 |                         27           81 |                     3            9\n", text, StringComparison.Ordinal);
        Assert.Contains("    4 |                         81          243 |                     3            9\n", text, StringComparison.Ordinal);
        Assert.Contains("by 3 (3 per objective)", text, StringComparison.Ordinal);
    }
}
