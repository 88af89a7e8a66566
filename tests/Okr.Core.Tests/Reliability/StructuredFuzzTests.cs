using System.Diagnostics;
using System.Globalization;
using Okr.Core.Tests.Arbitraries;
using Okr.Core.Tests.Support;
using Xunit.Abstractions;

namespace Okr.Core.Tests.Reliability;

/// <summary>
/// Runs <see cref="DocumentBreaker"/>'s near-valid documents through read, compile, rollup, health, both writers and
/// the live state, and asserts the outcome counts: no exception but the documented ones, every diagnostic with a code,
/// every OKR03xx with path, line and column, every injected problem reported where it is. CI runs 20,000 documents;
/// <c>OKR_FUZZ_DOCUMENTS=1000000</c> runs a million, <c>OKR_FUZZ_SEED</c> draws another sequence (see docs/quality.md).
/// </summary>
public sealed class StructuredFuzzTests(ITestOutputHelper output)
{
    /// <summary>The environment variable that sets how many documents the run breaks and reads.</summary>
    public const string CountVariable = "OKR_FUZZ_DOCUMENTS";

    private static int Count => int.TryParse(Environment.GetEnvironmentVariable(CountVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 20_000;

    private sealed class Tally
    {
        public readonly SortedDictionary<string, int> Outcomes = new(StringComparer.Ordinal);
        public readonly SortedDictionary<string, int> Codes = new(StringComparer.Ordinal);
        public readonly List<string> Failures = [];
        public int Injected;
        public int Reported;

        public void Count(string outcome) => Outcomes[outcome] = Outcomes.GetValueOrDefault(outcome) + 1;

        public void Fail(Break b, string what)
        {
            if (Failures.Count < 20) Failures.Add($"{b}: {what}");
            Count("FAILED");
        }
    }

    [Fact]
    public void BrokenDocuments_EveryProblemReportedWithACodeAndAPlace_OnlyDocumentedExceptions()
    {
        var count = Count;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("OKR_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var chosen) ? chosen : 20_261_130;
        var random = new Random(seed);
        var tally = new Tally();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var (json, b) = DocumentBreaker.Next(random);
            Check(json, b, tally);
        }
        watch.Stop();

        output.WriteLine($"{count:N0} documents (seed {seed}) in {watch.Elapsed.TotalSeconds:F1} s");
        foreach (var (outcome, n) in tally.Outcomes) output.WriteLine($"  {outcome}: {n:N0}");
        output.WriteLine($"  injected problems: {tally.Injected:N0}, reported where they are: {tally.Reported:N0}");
        output.WriteLine("  codes: " + string.Join(", ", tally.Codes.Select(p => $"{p.Key} {p.Value:N0}")));
        foreach (var f in tally.Failures) output.WriteLine("  FAILED " + f);

        Assert.Empty(tally.Failures);
        Assert.Equal(tally.Injected, tally.Reported);
        Assert.True(tally.Injected > count / 2, $"only {tally.Injected} of {count} breaks were problems to report");
        // Most sources are random sets that compile with errors; the samples carry the rollup, health and writers.
        Assert.True(tally.Outcomes.GetValueOrDefault("computed") > count / 50, "too few documents got as far as a rollup");
    }

    private static void Check(string json, Break b, Tally tally)
    {
        OkrJsonReadResult read;
        try
        {
            read = OkrJson.TryRead(json);
        }
        catch (Exception e)
        {
            tally.Fail(b, $"TryRead threw {e.GetType().Name}: {e.Message}");
            return;
        }
        foreach (var d in read.Diagnostics)
        {
            tally.Codes[d.Code] = tally.Codes.GetValueOrDefault(d.Code) + 1;
            if (string.IsNullOrEmpty(d.Code)) tally.Fail(b, $"a diagnostic without a code: {d}");
            if (d.Code.StartsWith("OKR03", StringComparison.Ordinal) && (d.Path is null || d.Line is null || d.Column is null))
                tally.Fail(b, $"an OKR03xx without path, line or column: {d}");
        }
        if (b.Expected.Count > 0)
        {
            tally.Injected++;
            if (read.Diagnostics.Any(d => b.Expected.Contains(d.Code) && d.Path is { } path && (path.StartsWith(b.ObjectPath, StringComparison.Ordinal) || path == "$")))
                tally.Reported++;
            else
                tally.Fail(b, "not reported; got " + string.Join(" | ", read.Diagnostics.Take(4)));
        }
        if (!read.Succeeded)
        {
            tally.Count("refused by the reader");
            return;
        }
        CompileResult compiled;
        try
        {
            compiled = read.CompileLocated();
        }
        catch (Exception e)
        {
            tally.Fail(b, $"Compile threw {e.GetType().Name}: {e.Message}");
            return;
        }
        foreach (var d in compiled.Diagnostics)
        {
            if (string.IsNullOrEmpty(d.Code) || d.Path is null) tally.Fail(b, $"a compile diagnostic without a code or path: {d}");
        }
        if (!compiled.Succeeded)
        {
            tally.Count("refused by compile");
            return;
        }
        try
        {
            Pipeline.RunAll(read.Set!);
            tally.Count("computed");
        }
        catch (OkrValidationException e) when (e.Diagnostics.All(d => d.Code is DiagnosticCodes.UnknownStrategy))
        {
            // A broken strategy name: the rollup refuses it with its code, as documented.
            tally.Count("refused by the rollup (OKR0401)");
        }
        catch (Exception e)
        {
            tally.Fail(b, $"{e.GetType().Name}: {e.Message.Split('\n')[0]}");
        }
    }
}
