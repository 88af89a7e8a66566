using Okr.Core.Interop;
using static Okr.Core.Tests.Cli.CliRunner;

namespace Okr.Core.Tests.Interop;

/// <summary><c>okr import viva|csv</c> and <c>okr export --format csv</c> on the samples: exit codes, what is written, the report.</summary>
public sealed class ImportCommandTests
{
    [Fact]
    public void ImportViva_WritesTheSetAndTheReport()
    {
        var folder = Directory.CreateTempSubdirectory("okr-import-").FullName;
        try
        {
            var output = Path.Combine(folder, "northwind.json");
            var run = RunOkr("import", "viva", VivaGoalsImportTests.ExportPath, "-o", output, "--format", "json");
            Assert.Equal(0, run.Exit);
            Assert.Contains("\"format\": \"okr-fidelity/1\"", run.Error, StringComparison.Ordinal);
            Assert.Contains("imported 4 objective(s), 9 key result(s), 16 check-in(s); 0 warning(s).", run.Error, StringComparison.Ordinal);
            Assert.Equal(VivaGoalsImport.Read(VivaGoalsImportTests.ExportPath).Set, OkrJson.ReadFile(output));
            var show = RunOkr("show", output, "--as-of", "2026-01-14");
            Assert.Equal(0, show.Exit);
            Assert.Contains("Become the neighbourhood's favourite coffee place", show.Out, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ImportCsv_BadRows_ExitThreeWithEveryRowAndWriteNothing()
    {
        var folder = Directory.CreateTempSubdirectory("okr-import-").FullName;
        try
        {
            var csv = Path.Combine(folder, "bad.csv");
            File.WriteAllText(csv, "type,id,title,parentIds,measure,start,target\nobjective,o1,Grow,,,,\nkeyResult,k1,Leads,o1,metric,x,10\nkeyResult,k2,Deals,o9,metric,0,10\n");
            var output = Path.Combine(folder, "out.json");
            var run = RunOkr("import", "csv", csv, "-o", output);
            Assert.Equal(3, run.Exit);
            Assert.Contains(csv + "(3,6): error OKR0611: Row 3, column 'start': 'x' is not a number", run.Error, StringComparison.Ordinal);
            Assert.Contains(csv + "(4,4): error OKR0613", run.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(output));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ExportCsv_ThenImportCsv_GivesTheSameDocument()
    {
        var folder = Directory.CreateTempSubdirectory("okr-import-").FullName;
        try
        {
            var csv = Path.Combine(folder, "techsolutions.csv");
            Assert.Equal(0, RunOkr("export", Sample("techsolutions.json"), "--format", "csv", "-o", csv).Exit);
            var json = Path.Combine(folder, "again.json");
            var run = RunOkr("import", "csv", csv, "-o", json);
            Assert.Equal(0, run.Exit);
            Assert.Equal(OkrJson.ReadFile(Sample("techsolutions.json")), OkrJson.ReadFile(json));
            Assert.Equal(2, RunOkr("import", "csv", csv, "--map", "nowhere.json").Exit);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
