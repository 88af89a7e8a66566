using System.Text;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Serialization;

/// <summary>Reading a large document with progress reports and cancellation, and the asynchronous file methods.</summary>
public sealed class OkrJsonProgressTests
{
    // 10,000 objectives: about 100,000 list items, so about a hundred checks of the token while reading.
    private static readonly OkrSet Org = SyntheticOrg.Generate(new SyntheticOrgOptions { Objectives = 10_000 });
    private static readonly byte[] Document = Encoding.UTF8.GetBytes(OkrJson.Write(Org, new OkrJsonOptions { Indented = false }));

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void Read_CancelledPartWay_ThrowsAtTheNextCheckAndReturnsNothing(double at)
    {
        using var recorder = new ProgressRecorder { CancelAt = at };
        using var stream = new MemoryStream(Document, writable: false);
        OkrSet? set = null;

        Assert.ThrowsAny<OperationCanceledException>(() => set = OkrJson.Read(stream, null, recorder, recorder.Cancellation.Token));

        Assert.Null(set);
        Assert.True(recorder.CancelledAt >= 0, "the read never reached the fraction to cancel at");
        // Honoured at the next check (1,024 list items later): no report after the one that cancelled.
        Assert.Equal(recorder.Reports.Count - 1, recorder.CancelledAt);
        Assert.InRange(recorder.Reports[^1].Fraction, at, at + 0.05);
        Assert.All(recorder.Reports, r => Assert.Equal(OkrStep.Reading, r.Step));
    }

    [Fact]
    public void Read_WithProgress_ReportsAreMonotonicReachOneAndTheSetIsTheSame()
    {
        using var recorder = new ProgressRecorder();
        using var stream = new MemoryStream(Document, writable: false);

        var set = OkrJson.Read(stream, null, recorder, recorder.Cancellation.Token);

        Assert.Equal(Org, set);
        var fractions = recorder.Reports.Select(r => r.Fraction).ToList();
        Assert.Equal(0, fractions[0]);
        Assert.Equal(1, fractions[^1]);
        for (var i = 1; i < fractions.Count; i++) Assert.True(fractions[i] > fractions[i - 1], $"report {i} went from {fractions[i - 1]} to {fractions[i]}");
        // Steps of at least a hundredth: never more than 101 reports, and enough of them to be worth drawing.
        Assert.InRange(fractions.Count, 50, 101);
    }

    [Fact]
    public void Read_AlreadyCancelled_ThrowsBeforeReading()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        using var stream = new MemoryStream(Document, writable: false);

        Assert.ThrowsAny<OperationCanceledException>(() => OkrJson.TryRead(stream, null, null, cancelled.Token));
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public async Task ReadAsync_CancelledWhileParsing_Throws()
    {
        using var recorder = new ProgressRecorder { CancelAt = 0.5 };
        using var stream = new MemoryStream(Document, writable: false);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => OkrJson.TryReadAsync(stream, null, recorder, recorder.Cancellation.Token));
        Assert.Equal(recorder.Reports.Count - 1, recorder.CancelledAt);
    }

    [Fact]
    public async Task WriteFileAsync_ThenReadFileAsync_GivesTheSameSetAndTheSameBytesAsWriteFile()
    {
        var directory = Directory.CreateTempSubdirectory("okr-async-");
        try
        {
            var asyncPath = Path.Combine(directory.FullName, "async.json");
            var syncPath = Path.Combine(directory.FullName, "sync.json");
            var set = WorkedExamples.TechSolutions();

            await OkrJson.WriteFileAsync(set, asyncPath, cancellationToken: CancellationToken.None);
            OkrJson.WriteFile(set, syncPath);
            var read = await OkrJson.ReadFileAsync(asyncPath, cancellationToken: CancellationToken.None);

            Assert.Equal(set, read);
            Assert.Equal(await File.ReadAllBytesAsync(syncPath, CancellationToken.None), await File.ReadAllBytesAsync(asyncPath, CancellationToken.None));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task TryReadFileAsync_BadDocument_ReturnsItsDiagnosticsWithLines()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, "{\n  \"format\": \"okr/1\",\n  \"objectives\": 3\n}", CancellationToken.None);

            var result = await OkrJson.TryReadFileAsync(path, cancellationToken: CancellationToken.None);

            Assert.Null(result.Set);
            var d = Assert.Single(result.Diagnostics);
            Assert.Equal(DiagnosticCodes.WrongJsonType, d.Code);
            Assert.Equal(3, d.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
