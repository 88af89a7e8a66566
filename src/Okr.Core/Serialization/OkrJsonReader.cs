using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Okr.Core.Diagnostics;

namespace Okr.Core.Serialization;

/// <summary>
/// Reads an <c>okr/1</c> document by hand with <see cref="Utf8JsonReader"/>, so that every problem carries its
/// JSON path, line and column, duplicate properties are caught, and all problems are reported in one pass.
/// Recursion is bounded by the document's fixed shape (at most six levels); vendor extensions nested any deeper are
/// skipped iteratively. Every failure becomes a <see cref="Diagnostic"/>; no exception leaves this class for bad input.
/// </summary>
/// <remarks>
/// One class in partial files, as System.Text.Json splits its own: this file holds the state, the entry point and
/// the diagnostics; <c>.Guards</c> the checks made before parsing; <c>.Tokens</c> the token and property walking;
/// <c>.Values</c> the value readers; <c>.Model</c> and <c>.Measures</c> the ten entity readers.
/// </remarks>
internal sealed partial class OkrJsonReader
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private delegate T? ElementReader<T>(ref Utf8JsonReader reader)
        where T : class;

    /// <summary>Stops reading: a fatal problem (malformed JSON, nested too deeply, too many diagnostics) was reported.</summary>
    private sealed class StopReading : Exception;

    private readonly ReadOnlyMemory<byte> _json;
    private readonly JsonWriterOptions _compactWriter;
    private readonly int _offset;
    private readonly OkrJsonOptions _options;
    private readonly int _maxNesting; // how deeply objects and arrays may nest: OkrJsonOptions.MaxNesting
    private readonly LineIndex _lines;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly JsonPath _path = new();
    private readonly OkrWork _work;
    private bool _failed;
    private long _unlistedWarnings;      // warnings past MaxDiagnostics, summed up by one OKR0317 warning
    private (string Path, long Line, long Column)? _firstUnlisted;  // where the first of them is

    private OkrJsonReader(ReadOnlyMemory<byte> document, OkrJsonOptions options, OkrWork work)
    {
        _options = options;
        _work = work;
        _maxNesting = options.MaxNesting;
        _compactWriter = new JsonWriterOptions
        {
            Indented = false,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = _maxNesting + 8, // the writer's own nesting limit must not stop an extension the reader accepts
        };
        _lines = new LineIndex(document);
        _offset = document.Span.StartsWith(Bom) ? Bom.Length : 0;
        _json = document[_offset..];
    }

    /// <summary>
    /// Reads <paramref name="document"/> (UTF-8, an optional byte order mark is skipped), checking
    /// <paramref name="work"/> every <see cref="OkrWork.Interval"/> list items: a cancelled read throws
    /// <see cref="OperationCanceledException"/> and returns nothing.
    /// </summary>
    public static OkrJsonReadResult Read(ReadOnlyMemory<byte> document, OkrJsonOptions options, OkrWork? work = null)
    {
        work ??= OkrWork.None;
        if (document.Length > options.MaxDocumentBytes) return TooLarge(document.Length, options);
        work.Phase(0, 1);
        var reader = new OkrJsonReader(document, options, work);
        var set = reader.ReadAll();
        var map = set is null ? null : new JsonSourceMap(reader._json, reader._offset, reader._lines, reader._maxNesting);
        work.Complete();
        return new OkrJsonReadResult(set, reader._diagnostics, map);
    }

    private OkrSet? ReadAll()
    {
        if (!CheckUtf8()) return null;
        var reader = new Utf8JsonReader(_json.Span, new JsonReaderOptions
        {
            MaxDepth = _maxNesting + 1,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        OkrSet? set = null;
        try
        {
            Next(ref reader);
            set = ReadDocument(ref reader);
            // The reader is final: trailing content after the document throws here.
            while (reader.Read())
            {
            }
        }
        catch (JsonException e)
        {
            AddSyntaxError(e);
        }
        catch (StopReading)
        {
            if (FindFormat() is { } format && format.Value != JsonNames.Version) ReportForeignFormat(format.Value, format.At);
        }
        if (_unlistedWarnings > 0 && _firstUnlisted is { } first)
        {
            _diagnostics.Add(new Diagnostic(
                DiagnosticCodes.TooManyDiagnostics,
                DiagnosticSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"{_unlistedWarnings:N0} more warning(s) from here on are not listed: only {_options.MaxDiagnostics:N0} diagnostics are kept (OkrJsonOptions.MaxDiagnostics). The document was read; fix the warnings listed and read it again to see the rest."))
            {
                Path = first.Path,
                Line = first.Line,
                Column = first.Column,
            });
        }
        return _failed ? null : set;
    }

    // ---- Diagnostics ----------------------------------------------------------------------------------------

    private void Report(string code, DiagnosticSeverity severity, long offset, string path, string message, params IEnumerable<string> ids)
    {
        if (severity == DiagnosticSeverity.Error) _failed = true;
        var (line, column) = _lines.Locate(offset + _offset);
        if (_diagnostics.Count >= _options.MaxDiagnostics)
        {
            if (severity != DiagnosticSeverity.Error)
            {
                // Warnings alone never fail a read: past the limit they are counted, and reading goes on to find errors.
                _firstUnlisted ??= (path, line, column);
                _unlistedWarnings++;
                return;
            }
            _diagnostics.Add(new Diagnostic(
                DiagnosticCodes.TooManyDiagnostics,
                DiagnosticSeverity.Error,
                string.Create(CultureInfo.InvariantCulture, $"Reading stopped here, at an error after {_options.MaxDiagnostics:N0} diagnostics; fix these and read the document again."))
            {
                Path = path,
                Line = line,
                Column = column,
            });
            _unlistedWarnings = 0;
            throw new StopReading();
        }
        _diagnostics.Add(new Diagnostic(code, severity, message, ids) { Path = path, Line = line, Column = column });
    }

    private void Error(string code, long offset, string path, string message, params IEnumerable<string> ids)
        => Report(code, DiagnosticSeverity.Error, offset, path, message, ids);

    private void AddSyntaxError(JsonException e)
    {
        _failed = true;
        var text = e.Message;
        var cut = text.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) text = text[..cut];
        // The reader's own advice is about reader options, which a document author cannot change.
        text = text.Replace(" Change the reader options.", "", StringComparison.Ordinal)
            .Replace(", when isFinalBlock is true", "", StringComparison.Ordinal)
            .TrimEnd();
        if (!text.EndsWith('.')) text += ".";
        var message = _json.Span.Trim(" \t\r\n"u8).IsEmpty
            ? $"The document is empty; it must be a JSON object {{ \"format\": \"{JsonNames.Version}\", ... }}."
            : $"The document is not valid JSON: {text} Fix the syntax there (JSON allows no comments, no trailing commas and only double-quoted strings).";
        var line = (e.LineNumber ?? 0) + 1;
        var column = (e.BytePositionInLine ?? 0) + 1 + (line == 1 ? _offset : 0);
        _diagnostics.Add(new Diagnostic(
            DiagnosticCodes.InvalidJson,
            DiagnosticSeverity.Error,
            message)
        {
            Path = _path.ToString(),
            Line = line,
            Column = column,
        });
    }
}
