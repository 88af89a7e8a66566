using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Visuals;

/// <summary>The samples the picture tests draw, each on the day its story looks from.</summary>
internal static class VisualFixtures
{
    /// <summary>Each sample document and the day to draw it on (the middle or end of its story).</summary>
    public static readonly IReadOnlyDictionary<string, DateOnly> SampleDays = new Dictionary<string, DateOnly>(StringComparer.Ordinal)
    {
        ["consultancy-cascade.json"] = new(2026, 6, 30),
        ["hr-localization.json"] = new(2026, 2, 15),
        ["nonprofit-weekly.json"] = new(2026, 2, 13),
        ["shared-cross-functional.json"] = new(2026, 8, 15),
        ["team-okrs-bottom-up.json"] = new(2026, 2, 15),
        ["techsolutions.json"] = new(2026, 2, 15),
    };

    public static TheoryData<string> Samples()
    {
        // Every document in samples/data must have a day here, so a new sample cannot escape the picture tests.
        var data = new TheoryData<string>();
        foreach (var file in SampleData.Files) data.Add(Path.GetFileName(file));
        return data;
    }

    public static RollupResult Rollup(string file)
    {
        Assert.True(SampleDays.TryGetValue(file, out var day), $"samples/data/{file} has no day in VisualFixtures.SampleDays: add one.");
        var graph = OkrJson.ReadFile(SampleData.PathOf(file)).Compile().ThrowIfFailed();
        return graph.Rollup(day);
    }
}
