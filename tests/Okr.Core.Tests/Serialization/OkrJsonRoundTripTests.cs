using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Serialization;

public class OkrJsonRoundTripTests
{
    public static TheoryData<string> WorkedExampleNames => ["TechSolutions", "ConsultancyCascade", "HrLocalization"];

    private static OkrSet Example(string name) => name switch
    {
        "TechSolutions" => WorkedExamples.TechSolutions(),
        "ConsultancyCascade" => WorkedExamples.ConsultancyCascade(),
        _ => WorkedExamples.HrLocalization(),
    };

    [Theory]
    [MemberData(nameof(WorkedExampleNames))]
    public void WriteThenRead_WorkedExample_GivesAnEqualSet(string name)
    {
        var set = Example(name);
        var json = OkrJson.Write(set);
        var back = OkrJson.Read(json);
        Assert.Equal(set, back);
        Assert.Equal(json, OkrJson.Write(back));
    }
}
