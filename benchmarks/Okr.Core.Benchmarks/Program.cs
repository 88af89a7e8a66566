using BenchmarkDotNet.Running;

// Run everything: dotnet run -c Release --project benchmarks/Okr.Core.Benchmarks -- --filter '*'
// Sizes come from OKR_BENCH_SIZES (default 10000,100000,1000000); CI runs a dry job on a small size.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();
var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
return failed ? 1 : 0;

/// <summary>Entry point type for BenchmarkDotNet's assembly scan.</summary>
public partial class Program;
