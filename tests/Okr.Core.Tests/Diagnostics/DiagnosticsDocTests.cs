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
    public void Retired_codes_are_shown_retired_and_never_reused()
    {
        // OKR0109 (objective without owner) left the compiler in 0.2 for the health finding OKR0509.
        Assert.Contains("| `OKR0109` | retired |", Doc(), StringComparison.Ordinal);
        Assert.DoesNotContain(Codes(), row => (string)row[0] == "OKR0109");
        Assert.Equal("OKR0509", DiagnosticCodes.NoOwner);
    }

    [Fact]
    public void The_health_codes_are_in_the_same_catalogue()
    {
        foreach (var code in HealthAnalyzer.BuiltInRules)
            Assert.Contains(Codes(), row => (string)row[0] == code);
        Assert.DoesNotContain("HealthCodes", Doc(), StringComparison.Ordinal);
    }

    [Fact]
    public void Codes_are_unique()
    {
        var codes = Codes().Select(row => (string)row[0]).ToList();
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }
}
