namespace Okr.Core.Tests.Diagnostics;

/// <summary>Diagnostics read as one line each, and the exception says what was refused and carries every problem.</summary>
public sealed class DiagnosticTests
{
    private static readonly Diagnostic Located = new(DiagnosticCodes.UnknownReference, DiagnosticSeverity.Error, "Objective 'o' names owner 'x', which is not an owner.", "o", "x")
    {
        Path = "$.objectives[0].ownerIds[0]",
        Line = 12,
        Column = 21,
    };

    [Fact]
    public void ToString_GivesSeverityCodePathLineColumnMessageAndIds()
    {
        Assert.Equal(
            "error OKR0102 at $.objectives[0].ownerIds[0] (line 12, column 21): Objective 'o' names owner 'x', which is not an owner. [o, x]",
            Located.ToString());
        Assert.StartsWith("warning OKR0114: ", new Diagnostic(DiagnosticCodes.EmptyTitle, DiagnosticSeverity.Warning, "m").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Exception_SaysWhatWasRefused_AndListsEveryDiagnostic()
    {
        var warning = new Diagnostic(DiagnosticCodes.EmptyTitle, DiagnosticSeverity.Warning, "Objective 'o' has no title.", "o");
        var e = new OkrValidationException("The check-in", [Located, warning]);
        Assert.Equal("The check-in", e.Subject);
        Assert.StartsWith("The check-in was refused: 1 error(s) and 1 other diagnostic(s):", e.Message, StringComparison.Ordinal);
        Assert.Contains(Located.ToString(), e.Message, StringComparison.Ordinal);
        Assert.Equal([Located, warning], e.Diagnostics);
        Assert.StartsWith("The input was refused: 1 error(s):", new OkrValidationException([Located]).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exception_WithoutDiagnostics_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new OkrValidationException([]));
        Assert.Throws<ArgumentNullException>(() => new OkrValidationException(null!));
    }

    [Fact]
    public void Compile_And_Read_SayWhatTheyRefused()
    {
        var set = new OkrSetBuilder().AddObjective("o", "Grow", ownerId: "nobody").Build();
        var compile = Assert.Throws<OkrValidationException>(() => set.Compile().ThrowIfFailed());
        Assert.StartsWith("The OKR set was refused", compile.Message, StringComparison.Ordinal);
        var read = Assert.Throws<OkrValidationException>(() => OkrJson.Read("{}"));
        Assert.StartsWith("The okr/1 document was refused", read.Message, StringComparison.Ordinal);
    }
}
