using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Okr.Core.Rollup;
using Okr.Core.Serialization;

namespace Okr.Core.Results;

/// <summary>Writing the results document without blocking, to a stream or a file.</summary>
public static partial class OkrResultsJson
{
    /// <summary>Writes the numbers of a rollup to a stream as UTF-8 without blocking; see <see cref="Write(RollupResult, OkrJsonOptions?)"/>.</summary>
    /// <param name="result">The rollup.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <param name="options">Indentation, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the write; a cancelled write may leave part of the document in the stream.</param>
    /// <returns>A task that completes when the document is written and flushed.</returns>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static async Task WriteAsync(RollupResult result, Stream utf8Json, OkrJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(utf8Json);
        cancellationToken.ThrowIfCancellationRequested();
        var document = ResultsJson.ToDocument(result);
        await JsonSerializer.SerializeAsync(utf8Json, document, TypeInfo(options), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the numbers of a rollup to a UTF-8 file (no byte order mark) without blocking, replacing the file if it exists.</summary>
    /// <param name="result">The rollup.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Indentation, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the write; a cancelled write may leave a partial file.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static async Task WriteFileAsync(RollupResult result, string path, OkrJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(path);
        cancellationToken.ThrowIfCancellationRequested();
        var document = ResultsJson.ToDocument(result);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 4096, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(stream, document, TypeInfo(options), cancellationToken).ConfigureAwait(false);
        }
    }

    private static JsonTypeInfo<ResultsDocument> TypeInfo(OkrJsonOptions? options)
        => (JsonTypeInfo<ResultsDocument>)ResultsJson.OptionsFor(options ?? OkrJsonOptions.Default).GetTypeInfo(typeof(ResultsDocument));
}
