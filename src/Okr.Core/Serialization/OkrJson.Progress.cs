using Okr.Core.Diagnostics;

namespace Okr.Core.Serialization;

/// <summary>Reading with progress and cancellation, and the asynchronous file methods.</summary>
public static partial class OkrJson
{
    /// <summary>
    /// Reads a document from a stream of UTF-8 text, reporting progress (<see cref="OkrStep.Reading"/>, the fraction
    /// of the document's bytes parsed) and honouring cancellation while it parses. The stream is not closed.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <param name="progress">Receives at most about a hundred reports, never going backwards, the last one 1; or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read, checked every 1,024 list items (well under a millisecond apart).</param>
    /// <returns>The set.</returns>
    /// <exception cref="OkrValidationException">The document has errors or exceeds the size limit.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; nothing is returned.</exception>
    public static OkrSet Read(Stream utf8Json, OkrJsonOptions? options, IProgress<OkrProgress>? progress, CancellationToken cancellationToken = default)
        => TryRead(utf8Json, options, progress, cancellationToken).ThrowIfFailed();

    /// <summary>
    /// Reads a document from a stream of UTF-8 text, reporting progress and honouring cancellation, and returns every
    /// diagnostic instead of throwing for bad content. The stream is not closed.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <param name="progress">Receives <see cref="OkrStep.Reading"/> reports, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The set (when there are no errors) and every diagnostic.</returns>
    /// <exception cref="OperationCanceledException">Cancelled; nothing is returned.</exception>
    public static OkrJsonReadResult TryRead(Stream utf8Json, OkrJsonOptions? options, IProgress<OkrProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= OkrJsonOptions.Default;
        var work = OkrWork.For(OkrStep.Reading, progress, cancellationToken);
        var buffer = new StreamBuffer(utf8Json, options.MaxDocumentBytes);
        while (!buffer.Done)
        {
            cancellationToken.ThrowIfCancellationRequested();
            buffer.Advance(utf8Json.Read(buffer.Free));
        }
        return buffer.TooLarge ? OkrJsonReader.TooLarge(buffer.KnownSize, options) : OkrJsonReader.Read(buffer.Content, options, work);
    }

    /// <summary>
    /// Reads a document from a stream of UTF-8 text without blocking on the stream, reporting progress and honouring
    /// cancellation, returning every diagnostic instead of throwing for bad content. The stream is read asynchronously;
    /// the parse then runs on the calling thread (it is CPU work). The stream is not closed.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <param name="progress">Receives <see cref="OkrStep.Reading"/> reports, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels reading the stream and parsing it.</param>
    /// <returns>The set (when there are no errors) and every diagnostic.</returns>
    /// <exception cref="OperationCanceledException">Cancelled; nothing is returned.</exception>
    public static async Task<OkrJsonReadResult> TryReadAsync(Stream utf8Json, OkrJsonOptions? options, IProgress<OkrProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= OkrJsonOptions.Default;
        var work = OkrWork.For(OkrStep.Reading, progress, cancellationToken);
        var buffer = new StreamBuffer(utf8Json, options.MaxDocumentBytes);
        while (!buffer.Done) buffer.Advance(await utf8Json.ReadAsync(buffer.FreeMemory, cancellationToken).ConfigureAwait(false));
        return buffer.TooLarge ? OkrJsonReader.TooLarge(buffer.KnownSize, options) : OkrJsonReader.Read(buffer.Content, options, work);
    }

    /// <summary>
    /// Reads a document from a UTF-8 file without blocking on the file, reporting progress and honouring cancellation.
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <param name="progress">Receives <see cref="OkrStep.Reading"/> reports, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels reading the file and parsing it.</param>
    /// <returns>The set.</returns>
    /// <exception cref="OkrValidationException">The document has errors or exceeds the size limit.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; nothing is returned.</exception>
    public static async Task<OkrSet> ReadFileAsync(string path, OkrJsonOptions? options = null, IProgress<OkrProgress>? progress = null, CancellationToken cancellationToken = default)
        => (await TryReadFileAsync(path, options, progress, cancellationToken).ConfigureAwait(false)).ThrowIfFailed();

    /// <summary>
    /// Reads a document from a UTF-8 file without blocking on the file, returning every diagnostic instead of
    /// throwing for bad content.
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <param name="progress">Receives <see cref="OkrStep.Reading"/> reports, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels reading the file and parsing it.</param>
    /// <returns>The set (when there are no errors) and every diagnostic.</returns>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; nothing is returned.</exception>
    public static async Task<OkrJsonReadResult> TryReadFileAsync(string path, OkrJsonOptions? options = null, IProgress<OkrProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            return await TryReadAsync(stream, options, progress, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes a set to a UTF-8 file (without a byte order mark) without blocking on the file, replacing the file if
    /// it exists. The document is made in memory first, so nothing is written when the set cannot be.
    /// </summary>
    /// <param name="set">The set.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Layout, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels writing the file; a cancelled write may leave a partial file.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="OkrValidationException">The set holds values JSON cannot represent; the file is left untouched.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static async Task WriteFileAsync(OkrSet set, string path, OkrJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(path);
        using var bytes = OkrJsonWriter.Write(set, options ?? OkrJsonOptions.Default);
        cancellationToken.ThrowIfCancellationRequested();
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            await bytes.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
        }
    }
}
