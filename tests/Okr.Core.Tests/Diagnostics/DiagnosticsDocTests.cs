using System.Reflection;

namespace Okr.Core.Tests.Diagnostics;

/// <summary>docs/diagnostics.md lists every code Okr.Core can report, under its constant's name.</summary>
public sealed class DiagnosticsDocTests
{
    private static string Doc() =>
        File.ReadAllText(Okr.Core.Tests.Support.SampleData.DocsPath("diagnostics.md"));

    public static TheoryData<string, string> Codes()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in new[] { typeof(DiagnosticCodes) })
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
                data.Add((string)field.GetRawConstantValue()!, field.Name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_is_documented_under_its_name(string code, string name)
    {
        Assert.Contains($"| `{code}` | `{name}` |", Doc(), StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_are_unique()
    {
        var codes = Codes().Select(row => (string)row[0]).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }
}
