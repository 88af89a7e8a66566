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

    [Fact]
    public void CheckIns_shows_value_pace_status_and_forecast_through_the_quarter()
    {
        var text = Run(output => CheckInsSample.Run(output));
        // 204 applications on 20 Jan: (204 - 180) / (350 - 180) = 14%; the 31 Jan target of 220 expects 15% by then.
        Assert.Contains("2026-01-20    204       14%       15%  behind     321 (83%) from 3 check-ins", text, StringComparison.Ordinal);
        Assert.Contains("2026-02-13    258       46%       40%  on track   339 (94%) from 7 check-ins", text, StringComparison.Ordinal);
        Assert.Contains("2026-03-31    338       93%      100%  behind     341 (95%) from 13 check-ins", text, StringComparison.Ordinal);
    }
}
