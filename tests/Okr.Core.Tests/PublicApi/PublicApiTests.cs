using System.Reflection;
using PublicApiGenerator;

namespace Okr.Core.Tests.PublicApi;

/// <summary>
/// The public API of every package is a contract: any change to it must be deliberate. PublicApiGenerator writes each
/// package's surface as C#; the test compares it with the approved snapshot committed beside this file
/// (<c>PACKAGE.approved.cs</c>) and fails with a readable diff.
/// To accept a deliberate change: <c>OKR_ACCEPT_API=1 dotnet test tests/Okr.Core.Tests --filter PublicApi</c>,
/// then commit the updated snapshot with the change and its docs. Under CI (<c>CI=true</c>) accepting is refused.
/// </summary>
public sealed class PublicApiTests
{
    /// <summary>Every shipped package, by a type it contains.</summary>
    public static TheoryData<string> Packages() => [.. PackageAssemblies.Keys];

    private static readonly Dictionary<string, Assembly> PackageAssemblies = new()
    {
        ["Okr.Core"] = typeof(OkrSet).Assembly,
        ["Okr.Core.QuikGraph"] = typeof(Okr.Core.QuikGraph.OkrGraphView).Assembly,
        ["Okr.Core.Visuals"] = typeof(Okr.Core.Visuals.SvgMap).Assembly,
        ["Okr.Core.Interop"] = typeof(Okr.Core.Interop.OkrCsv).Assembly,
    };

    internal static string Generate(Assembly assembly) => assembly.GeneratePublicApi(new ApiGeneratorOptions
    {
        // Build metadata that changes with the machine or the SDK, not with the API.
        ExcludeAttributes =
        [
            "System.Runtime.Versioning.TargetFrameworkAttribute",
            "System.Reflection.AssemblyMetadataAttribute",
        ],
    }).ReplaceLineEndings("\n");

    [Theory]
    [MemberData(nameof(Packages))]
    public void Public_api_matches_the_approved_snapshot(string package)
    {
        var actual = Generate(PackageAssemblies[package]);
        var approvedPath = Path.Combine(Okr.Core.Tests.Support.SampleData.Root, "tests", "Okr.Core.Tests", "PublicApi", $"{package}.approved.cs");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        // The snapshot is the net10.0 build's. Built for net8.0, params collections carry no ParamCollection attribute
        // (the runtime has none); everything else must be the same.
        if (Environment.Version.Major < 9) approved = approved.Replace("[System.Runtime.CompilerServices.ParamCollection] ", "", StringComparison.Ordinal);
        if (approved == actual) return;

        var accept = Environment.GetEnvironmentVariable("OKR_ACCEPT_API") == "1";
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (accept && !ci)
        {
            File.WriteAllText(approvedPath, actual);
            return;
        }
        Assert.Fail(
            $"The public API of {package} changed. If the change is deliberate, accept it with\n" +
            "  OKR_ACCEPT_API=1 dotnet test tests/Okr.Core.Tests --filter PublicApi\n" +
            $"and commit {package}.approved.cs with the change and the docs that describe it.\n" +
            "(- approved, + actual)\n" + Diff(approved, actual));
    }

    [Fact]
    public void The_snapshot_records_records_nullability_and_constants()
    {
        var api = Generate(typeof(OkrSet).Assembly);
        Assert.Contains("public sealed class Objective : System.IEquatable<Okr.Core.Objective>", api, StringComparison.Ordinal);
        Assert.Contains("public string? Description { get; init; }", api, StringComparison.Ordinal);
        Assert.Contains("public required string Id { get; init; }", api, StringComparison.Ordinal);
        Assert.Contains("public const string DuplicateId = \"OKR0101\";", api, StringComparison.Ordinal);
        Assert.Contains("public readonly struct OkrNode", api, StringComparison.Ordinal);
    }

    [Fact]
    public void The_diff_shows_removed_and_added_lines()
    {
        var diff = Diff("a\nb\nc\n", "a\nc\nd\n");
        Assert.Equal("- b\n+ d\n", diff);
    }

    /// <summary>A line diff from the longest common subsequence (the API text is a few thousand lines at most).</summary>
    internal static string Diff(string before, string after)
    {
        var a = before.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var b = after.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var sb = new System.Text.StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) sb.Append("+ ").Append(b[y++]).Append('\n');
            else sb.Append("- ").Append(a[x++]).Append('\n');
        }
        return sb.ToString();
    }
}
