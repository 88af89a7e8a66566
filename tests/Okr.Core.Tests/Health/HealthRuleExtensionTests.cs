using static Okr.Core.Tests.Health.HealthOrg;

namespace Okr.Core.Tests.Health;

/// <summary>Vendor rules through <see cref="IHealthRule"/>: they run beside the built-ins, sort in, and are disabled by code.</summary>
public class HealthRuleExtensionTests
{
    /// <summary>A vendor rule: objectives without a description.</summary>
    private sealed class NoDescription(string code = "ACME001") : IHealthRule
    {
        public string Code { get; } = code;

        public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Info;

        public IEnumerable<HealthFinding> Analyze(HealthRuleContext context)
            => context.Graph.Set.Objectives
                .Select((o, i) => (o, i))
                .Where(p => p.o.Description is null)
                .Select(p => new HealthFinding(Code, DefaultSeverity, $"Objective '{p.o.Id}' has no description.", "Say why it matters.", [p.o.Id]) { Path = $"$.objectives[{p.i}]" });
    }

    private sealed class WrongCode : IHealthRule
    {
        public string Code => "ACME002";

        public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Info;

        public IEnumerable<HealthFinding> Analyze(HealthRuleContext context) => [new HealthFinding("ACME003", DiagnosticSeverity.Info, "m", "s", ["x"])];
    }

    [Fact]
    public void ExtraRule_RunsBesideTheBuiltIns_AndIsDisabledByItsCode()
    {
        var report = Analyze(Builder(), HealthOptions.Default with { ExtraRules = [new NoDescription()] });
        Assert.Equal(["eng-o", "grow", "sales-o"], report.Findings.Select(f => f.Ids[0]));
        Assert.All(report.Findings, f => Assert.Equal("ACME001", f.Code));
        Assert.True(report.IsHealthy);
        var off = Analyze(Builder(), HealthOptions.Default with { ExtraRules = [new NoDescription()], DisabledRules = ["ACME001"] });
        Assert.Empty(off.Findings);
    }

    [Fact]
    public void ExtraRule_InTheLibrarysRange_OrSharingACode_OrMakingAnotherCode_IsRefused()
    {
        var graph = Compile(Builder());
        var library = Assert.Throws<ArgumentException>(() => graph.AnalyzeHealth(AsOf, HealthOptions.Default with { ExtraRules = [new NoDescription("OKR0599")] }));
        Assert.Contains("'OKR0599'", library.Message);
        var twice = Assert.Throws<ArgumentException>(() => graph.AnalyzeHealth(AsOf, HealthOptions.Default with { ExtraRules = [new NoDescription(), new NoDescription()] }));
        Assert.Contains("'ACME001'", twice.Message);
        var wrong = Assert.Throws<InvalidOperationException>(() => graph.AnalyzeHealth(AsOf, HealthOptions.Default with { ExtraRules = [new WrongCode()] }));
        Assert.Contains("'ACME002'", wrong.Message);
        Assert.Contains("'ACME003'", wrong.Message);
    }

    [Fact]
    public void BuiltInRules_AreHealthRulesWithTheirCodeAndSeverity()
    {
        var rule = Assert.Single(HealthAnalyzer.Rules, r => r.Code == DiagnosticCodes.Silo);
        Assert.Equal(DiagnosticSeverity.Warning, rule.DefaultSeverity);
        var b = Builder();
        Objective(b, "p1", "Make the platform reliable", "platform", keyResults: 2);
        b.ContributeTo("p1", "eng-o");
        var graph = Compile(b);
        var report = graph.AnalyzeHealth(AsOf);
        // Every finding a report holds is one its rule makes, with that rule's severity.
        foreach (var finding in report.Findings)
            Assert.Equal(HealthAnalyzer.Rules.Single(r => r.Code == finding.Code).DefaultSeverity, finding.Severity);
    }
}
