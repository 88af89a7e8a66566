using System.Text;
using Okr.Core.Diagnostics;

namespace Okr.Core.Serialization;

/// <summary>
/// Reads and writes the <c>okr/1</c> JSON interchange format (documented in <c>docs/json-format.md</c>, with a
/// JSON Schema in <c>docs/okr.schema.json</c>). Reading reports every problem at once, each with a code
/// (<c>OKR03xx</c>), its JSON path, line and column; bad input never raises anything but
/// <see cref="OkrValidationException"/>. Unknown properties are kept as extensions and written back.
/// Built on <c>System.Text.Json</c> without reflection, so it is safe for trimming and native AOT.
/// </summary>
/// <example>
/// <code>
/// var read = OkrJson.TryReadFile("techsolutions.json");
/// var set = read.ThrowIfFailed();
/// var compiled = set.Compile();
/// foreach (var d in read.Locate(compiled.Diagnostics)) Console.WriteLine(d); // model diagnostics, with lines
/// OkrJson.WriteFile(set, "copy.json");
/// </code>
/// </example>
public static partial class OkrJson
{
    /// <summary>The format tag this version reads and writes: <c>okr/1</c>.</summary>
    public const string FormatVersion = JsonNames.Version;

    /// <summary>Reads a document from a string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The set.</returns>
    /// <exception cref="OkrValidationException">The document has errors; each diagnostic has its path, line and column.</exception>
    public static OkrSet Read(string json, OkrJsonOptions? options = null) => TryRead(json, options).ThrowIfFailed();

    /// <summary>Reads a document from a stream of UTF-8 text, up to its end. The stream is not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The set.</returns>
    /// <exception cref="OkrValidationException">The document has errors or exceeds the size limit.</exception>
    public static OkrSet Read(Stream utf8Json, OkrJsonOptions? options = null) => TryRead(utf8Json, options).ThrowIfFailed();

    /// <summary>Reads a document from a stream of UTF-8 text, up to its end, without blocking. The stream is not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading the stream and parsing it.</param>
    /// <returns>The set.</returns>
    /// <exception cref="OperationCanceledException">Cancelled; nothing is returned.</exception>
    /// <exception cref="OkrValidationException">The document has errors or exceeds the size limit.</exception>
    public static async Task<OkrSet> ReadAsync(Stream utf8Json, OkrJsonOptions? options = null, CancellationToken cancellationToken = default)
        => (await TryReadAsync(utf8Json, options, cancellationToken).ConfigureAwait(false)).ThrowIfFailed();

    /// <summary>Reads a document from a UTF-8 file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The set.</returns>
    /// <exception cref="OkrValidationException">The document has errors or exceeds the size limit.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    public static OkrSet ReadFile(string path, OkrJsonOptions? options = null) => TryReadFile(path, options).ThrowIfFailed();

    /// <summary>Reads a document from a string and returns every diagnostic instead of throwing.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The set (when there are no errors) and every diagnostic.</returns>
    public static OkrJsonReadResult TryRead(string json, OkrJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= OkrJsonOptions.Default;
        // Each UTF-16 unit takes at most 3 bytes of UTF-8, so short strings skip the exact count.
        if ((long)json.Length * 3 > options.MaxDocumentBytes)
        {
            var size = Encoding.UTF8.GetByteCount(json);
            if (size > options.MaxDocumentBytes) return OkrJsonReader.TooLarge(size, options);
        }
        // Encoding would silently replace a lone surrogate with U+FFFD; report it instead.
        var bad = OkrJsonReader.FindLoneSurrogate(json);
        return bad >= 0 ? OkrJsonReader.LoneSurrogate(json, bad) : OkrJsonReader.Read(Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads a document from a stream of UTF-8 text and returns every diagnostic instead of throwing. The stream is not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The set (when there are no errors) and every diagnostic.</returns>
    public static OkrJsonReadResult TryRead(Stream utf8Json, OkrJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= OkrJsonOptions.Default;
        var buffer = new StreamBuffer(utf8Json, options.MaxDocumentBytes);
        while (!buffer.Done) buffer.Advance(utf8Json.Read(buffer.Free));
        return buffer.TooLarge ? OkrJsonReader.TooLarge(buffer.KnownSize, options) : OkrJsonReader.Read(buffer.Content, options);
    }

    /// <summary>Reads a document from a stream of UTF-8 text without blocking, returning every diagnostic instead of throwing.</summary>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading the stream and parsing it (checked every 1,024 list items).</param>
    /// <returns>The set (when there are no errors) and every diagnostic.</returns>
    /// <exception cref="OperationCanceledException">Cancelled; nothing is returned.</exception>
    public static async Task<OkrJsonReadResult> TryReadAsync(Stream utf8Json, OkrJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= OkrJsonOptions.Default;
        var buffer = new StreamBuffer(utf8Json, options.MaxDocumentBytes);
        while (!buffer.Done) buffer.Advance(await utf8Json.ReadAsync(buffer.FreeMemory, cancellationToken).ConfigureAwait(false));
        return buffer.TooLarge ? OkrJsonReader.TooLarge(buffer.KnownSize, options) : OkrJsonReader.Read(buffer.Content, options, OkrWork.For(OkrStep.Reading, null, cancellationToken));
    }

    /// <summary>Reads a document from a UTF-8 file, returning every diagnostic instead of throwing for bad content.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The set (when there are no errors) and every diagnostic.</returns>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    public static OkrJsonReadResult TryReadFile(string path, OkrJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return TryRead(stream, options);
    }

    /// <summary>Writes a set as an indented (by default) <c>okr/1</c> document.</summary>
    /// <param name="set">The set.</param>
    /// <param name="options">Layout, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="OkrValidationException">The set holds values JSON cannot represent (NaN, a null id, invalid extension text).</exception>
    public static string Write(OkrSet set, OkrJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        using var bytes = OkrJsonWriter.Write(set, options ?? OkrJsonOptions.Default);
        return bytes.ToUtf8String();
    }

    /// <summary>Writes a set as UTF-8 to a stream. Nothing is written when the set cannot be; the stream is not closed.</summary>
    /// <param name="set">The set.</param>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Layout, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <exception cref="OkrValidationException">The set holds values JSON cannot represent.</exception>
    public static void Write(OkrSet set, Stream utf8Json, OkrJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var bytes = OkrJsonWriter.Write(set, options ?? OkrJsonOptions.Default);
        bytes.CopyTo(utf8Json);
    }

    /// <summary>Writes a set as UTF-8 to a stream without blocking. Nothing is written when the set cannot be; the stream is not closed.</summary>
    /// <param name="set">The set.</param>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Layout, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels writing to the stream.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="OkrValidationException">The set holds values JSON cannot represent.</exception>
    public static async Task WriteAsync(OkrSet set, Stream utf8Json, OkrJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var bytes = OkrJsonWriter.Write(set, options ?? OkrJsonOptions.Default);
        await bytes.CopyToAsync(utf8Json, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a set to a UTF-8 file (without a byte order mark), replacing the file if it exists.</summary>
    /// <param name="set">The set.</param>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Layout, or <see langword="null"/> for <see cref="OkrJsonOptions.Default"/>.</param>
    /// <exception cref="OkrValidationException">The set holds values JSON cannot represent; the file is left untouched.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(OkrSet set, string path, OkrJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(path);
        using var bytes = OkrJsonWriter.Write(set, options ?? OkrJsonOptions.Default);
        using var stream = File.Create(path);
        bytes.CopyTo(stream);
    }
}
