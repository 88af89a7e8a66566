using Okr.Cli.Input;
using Okr.Cli.Rendering;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Cli;

/// <summary>The tool's progress line on standard error, and when it is drawn at all.</summary>
public sealed class TerminalProgressTests
{
    [Fact]
    public void Report_RedrawsOneLineInPlaceAndClearsItAtTheEnd()
    {
        using var error = new StringWriter();
        var progress = new TerminalProgress(error);

        progress.Report(new OkrProgress(OkrStep.Reading, 0.5));
        progress.Report(new OkrProgress(OkrStep.Compiling, 0.25));
        progress.Report(new OkrProgress(OkrStep.Compiling, 1));

        Assert.Equal("\rreading            50%\rcompiling          25%\r" + new string(' ', 40) + "\r", error.ToString());
    }

    [Fact]
    public void Load_SmallFile_ReportsNoProgressEvenWhenThereIsATerminal()
    {
        using var recorder = new ProgressRecorder();

        var document = LoadedDocument.Load(SampleData.PathOf("techsolutions.json"), recorder);

        Assert.NotNull(document.Graph);
        Assert.Null(document.Progress);
        Assert.Empty(recorder.Reports);
    }

    [Fact]
    public void Load_FileOfSixteenMebibytes_ReportsReadingThenCompilingToOne()
    {
        var path = Path.GetTempFileName();
        try
        {
            var set = SyntheticOrg.Generate(new SyntheticOrgOptions { Objectives = 20_000 });
            OkrJson.WriteFile(set, path, new OkrJsonOptions { Indented = true });
            Assert.True(new FileInfo(path).Length >= LoadedDocument.ProgressFrom, $"the test file is only {new FileInfo(path).Length} bytes");
            using var recorder = new ProgressRecorder();

            var document = LoadedDocument.Load(path, recorder);

            Assert.NotNull(document.Graph);
            Assert.Same(recorder, document.Progress);
            Assert.Equal(new OkrProgress(OkrStep.Reading, 1), recorder.Reports.Last(r => r.Step == OkrStep.Reading));
            Assert.Equal(new OkrProgress(OkrStep.Compiling, 1), recorder.Reports[^1]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
