using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Serialization;

public class SampleDataTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string> SampleFiles => [.. SampleData.Files.Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void ReadFile_EverySample_CompilesWithoutErrorsOrWarnings(string file)
    {
        var read = OkrJson.TryReadFile(SampleData.PathOf(file));
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        var compiled = read.CompileLocated();
        Assert.True(compiled.Succeeded, string.Join("\n", compiled.Diagnostics));
        Assert.Empty(compiled.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void ReadWriteRead_EverySample_GivesAnEqualSet(string file)
    {
        var set = OkrJson.ReadFile(SampleData.PathOf(file));
        Assert.Equal(set, OkrJson.Read(OkrJson.Write(set)));
    }

    [Fact]
    public void TechSolutionsFile_WhereItOverlapsTheWorkedExample_IsEqualToIt()
    {
        var file = OkrJson.ReadFile(SampleData.PathOf("techsolutions.json"));
        var example = WorkedExamples.TechSolutions();
        Assert.Equal(example.Name, file.Name);
        foreach (var owner in example.Owners) Assert.Equal(owner, Assert.Single(file.Owners, o => o.Id == owner.Id));
        foreach (var period in example.Periods) Assert.Equal(period, Assert.Single(file.Periods, p => p.Id == period.Id));
        foreach (var objective in example.Objectives) Assert.Equal(objective, Assert.Single(file.Objectives, o => o.Id == objective.Id));
        foreach (var kr in example.KeyResults) Assert.Equal(kr, Assert.Single(file.KeyResults, k => k.Id == kr.Id));
        foreach (var a in example.Alignments) Assert.Equal(a, Assert.Single(file.Alignments, x => x.ChildId == a.ChildId && x.ParentId == a.ParentId));
        // Nothing else hangs under the company objective, so its four department key results still give 0.3125.
        Assert.Equal(
            example.KeyResults.Where(k => k.ObjectiveId == "quality").Select(k => k.Id).Order(),
            file.KeyResults.Where(k => k.ObjectiveId == "quality").Select(k => k.Id).Order());
        Assert.Equal(ProgressSource.KeyResults, file.Objectives.Single(o => o.Id == "quality").ProgressSource);
    }

    [Fact]
    public void TechSolutionsFile_CompanyKeyResults_AverageTo0_3125()
    {
        var file = OkrJson.ReadFile(SampleData.PathOf("techsolutions.json"));
        var progress = file.KeyResults
            .Where(k => k.ObjectiveId == "quality")
            .Select(k => Scorer.RawProgress(k, WorkedExamples.MidQuarter)!.Value)
            .ToArray();
        Assert.Equal([0.5, 0.5, 0.25, 0.0], progress, (a, b) => Math.Abs(a - b) <= Tolerance);
        Assert.Equal(0.3125, progress.Average(), Tolerance);
    }

    [Fact]
    public void NonprofitFile_ApplicationsKeyResult_HasThirteenWeeklyCheckInsTowards350()
    {
        var file = OkrJson.ReadFile(SampleData.PathOf("nonprofit-weekly.json"));
        var applications = file.KeyResults.Single(k => k.Id == "applications");
        var metric = Assert.IsType<MetricMeasure>(applications.Measure);
        Assert.Equal(350, metric.Target);
        Assert.Equal(13, applications.CheckIns.Count);
        var days = applications.CheckIns.Zip(applications.CheckIns.Skip(1), (a, b) => b.Date.DayNumber - a.Date.DayNumber);
        Assert.All(days, d => Assert.Equal(7, d));
        // The last check-in, 338 a week, is (338 - 180) / (350 - 180) of the way.
        Assert.Equal((338.0 - 180) / 170, Scorer.RawProgress(applications, new DateOnly(2026, 3, 31))!.Value, Tolerance);
    }

    [Fact]
    public void SampleFiles_AllSixAreThere()
    {
        Assert.Equal(
            ["consultancy-cascade.json", "hr-localization.json", "nonprofit-weekly.json", "shared-cross-functional.json", "team-okrs-bottom-up.json", "techsolutions.json"],
            SampleData.Files.Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
