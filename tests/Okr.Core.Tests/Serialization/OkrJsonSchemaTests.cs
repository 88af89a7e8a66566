using Okr.Core.Tests.Arbitraries;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Serialization;

/// <summary>docs/okr.schema.json stays true: samples and writer output validate, and it rejects what the format rejects.</summary>
public class OkrJsonSchemaTests
{
    private static readonly MiniJsonSchema Schema = MiniJsonSchema.Load(SampleData.DocsPath("okr.schema.json"));

    public static TheoryData<string> SampleFiles => [.. SampleData.Files.Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Schema_EverySampleFile_Validates(string file)
        => Assert.Empty(Schema.Validate(File.ReadAllText(SampleData.PathOf(file))));

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Schema_WriterOutputOfEverySample_Validates(string file)
        => Assert.Empty(Schema.Validate(OkrJson.Write(OkrJson.ReadFile(SampleData.PathOf(file)))));

    [Fact]
    public void Schema_WriterOutputOfWorkedExamplesAndSyntheticOrgs_Validates()
    {
        Assert.Empty(Schema.Validate(OkrJson.Write(WorkedExamples.TechSolutions())));
        Assert.Empty(Schema.Validate(OkrJson.Write(WorkedExamples.ConsultancyCascade())));
        Assert.Empty(Schema.Validate(OkrJson.Write(WorkedExamples.HrLocalization())));
        for (var seed = 1; seed <= 5; seed++)
            Assert.Empty(Schema.Validate(OkrJson.Write(SyntheticOrg.Generate(new SyntheticOrgOptions { Objectives = 60, Seed = seed }), new OkrJsonOptions { Indented = false })));
    }

    [OkrProperty(Runs = 200, Arbitrary = new[] { typeof(OkrJsonArbitraries) })]
    public void Schema_WriterOutputOfGeneratedSets_ValidatesOnceNumbersAndIdsAreInRange(JsonSet generated)
    {
        // Generated sets use every field and extension shape; the schema's ranges (weights >= 0, confidence in
        // [0, 1], non-blank ids) are model rules, so the generated values are moved into range first.
        var json = OkrJson.Write(InRange(generated.Set));
        var errors = Schema.Validate(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static string Id(string id) => "id " + id;

    private static OkrSet InRange(OkrSet set) => set with
    {
        Owners = [.. set.Owners.Select(o => o with { Id = Id(o.Id), ParentId = o.ParentId is null ? null : Id(o.ParentId) })],
        Periods = [.. set.Periods.Select(p => p with { Id = Id(p.Id), ParentId = p.ParentId is null ? null : Id(p.ParentId) })],
        Objectives = [.. set.Objectives.Select(o => o with
        {
            Id = Id(o.Id),
            OwnerIds = [.. o.OwnerIds.Select(Id)],
            PeriodId = o.PeriodId is null ? null : Id(o.PeriodId),
            LinkedKeyResultIds = [.. o.LinkedKeyResultIds.Select(Id)],
            ManualProgress = o.ManualProgress is { } m ? Math.Abs(m) : null,
        })],
        KeyResults = [.. set.KeyResults.Select(k => k with
        {
            Id = Id(k.Id),
            ObjectiveId = Id(k.ObjectiveId),
            OwnerId = k.OwnerId is null ? null : Id(k.OwnerId),
            Weight = Math.Abs(k.Weight),
            Measure = k.Measure is MilestoneMeasure ms ? ms with { Steps = [.. ms.Steps.Select(s => s with { Weight = Math.Abs(s.Weight) })] } : k.Measure,
            CheckIns = [.. k.CheckIns.Select(c => c.Confidence?.Score is { } score ? c with { Confidence = Confidence.FromScore(Math.Clamp(Math.Abs(score), 0, 1)) } : c)],
        })],
        Alignments = [.. set.Alignments.Select(a => a with { ChildId = Id(a.ChildId), ParentId = Id(a.ParentId), Weight = Math.Abs(a.Weight) })],
    };

    [Theory]
    [InlineData("{}", "format")]
    [InlineData("{\"format\": \"okr/2\"}", "okr/1")]
    [InlineData("{\"format\": \"okr/1\", \"owners\": [{\"name\": \"x\"}]}", "'id'")]
    [InlineData("{\"format\": \"okr/1\", \"owners\": [{\"id\": \" \"}]}", "does not match")]
    [InlineData("{\"format\": \"okr/1\", \"periods\": [{\"id\": \"q\", \"start\": \"2026-1-1\", \"end\": \"2026-03-31\"}]}", "does not match")]
    [InlineData("{\"format\": \"okr/1\", \"keyResults\": [{\"id\": \"k\", \"title\": \"t\", \"objectiveId\": \"o\", \"measure\": {\"kind\": \"gauge\"}}]}", "oneOf")]
    [InlineData("{\"format\": \"okr/1\", \"keyResults\": [{\"id\": \"k\", \"title\": \"t\", \"objectiveId\": \"o\", \"measure\": {\"kind\": \"metric\", \"start\": \"NaN\", \"target\": 1}}]}", "oneOf")]
    [InlineData("{\"format\": \"okr/1\", \"alignments\": [{\"childId\": \"a\", \"parentId\": \"b\", \"kind\": \"shared\", \"weight\": -1}]}", "minimum")]
    [InlineData("{\"format\": \"okr/1\", \"objectives\": [{\"id\": \"o\", \"title\": \"t\", \"commitment\": \"stretch\"}]}", "not one of")]
    public void Schema_DocumentsTheReaderOrCompilerRejects_AreInvalid(string json, string fragment)
    {
        var errors = Schema.Validate(json);
        Assert.Contains(errors, e => e.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_UsesOnlyKeywordsTheValidatorChecks()
    {
        Assert.Empty(Schema.UncheckedKeywords());
        var text = File.ReadAllText(SampleData.DocsPath("okr.schema.json"));
        Assert.Contains("\"oneOf\"", text);
        Assert.Contains("\"additionalProperties\": true", text);
    }
}
