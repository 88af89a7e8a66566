using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Okr.Core.Diagnostics;

namespace Okr.Core.Serialization;

/// <summary>
/// Writes an <see cref="OkrSet"/> as an <c>okr/1</c> document with <see cref="Utf8JsonWriter"/>: a fixed property
/// order, defaults left out where the reader restores them, invariant numbers (shortest round-trip form), ISO dates,
/// and extensions written back in place. Everything JSON cannot hold (NaN, a null id, invalid extension text, a lone
/// surrogate) is collected as diagnostics; nothing is written when there are any.
/// </summary>
/// <remarks>
/// This file holds the machinery (value writers, extensions, labels for messages); <c>OkrJsonWriter.Model.cs</c>
/// writes the document and its entities.
/// </remarks>
internal sealed partial class OkrJsonWriter : IDisposable
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly JsonPath _path = new();
    private readonly Utf8JsonWriter _writer;

    public void Dispose() => _writer.Dispose();
    private readonly OkrJsonOptions _options;

    private OkrJsonWriter(IBufferWriter<byte> output, OkrJsonOptions options)
    {
        _options = options;
        _writer = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Indented = options.Indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            // The reader's limit, counted the same way (containers at depth 0 to MaxNesting - 1): what is written reads back.
            MaxDepth = options.MaxNesting,
        });
    }

    /// <summary>Writes <paramref name="set"/> to UTF-8 bytes, or throws one exception with every problem found.</summary>
    /// <exception cref="OkrValidationException">The set holds values JSON cannot represent.</exception>
    /// <remarks>The caller disposes the result, which returns its pooled pieces.</remarks>
    public static SegmentedBuffer Write(OkrSet set, OkrJsonOptions options)
    {
        var buffer = new SegmentedBuffer();
        try
        {
            var writer = new OkrJsonWriter(buffer, options);
            using (writer)
            {
                try
                {
                    writer.WriteDocument(set);
                }
                catch (InvalidOperationException) when (writer._writer.CurrentDepth >= options.MaxNesting)
                {
                    writer.Error(DiagnosticCodes.NestingTooDeep, string.Create(CultureInfo.InvariantCulture, $"The set nests objects and arrays more than OkrJsonOptions.MaxNesting ({options.MaxNesting}) levels deep here, so a reader with the same options could not read it back; raise MaxNesting (the format itself needs 6)."));
                }
            }
            if (writer._diagnostics.Count > 0) throw new OkrValidationException("Writing the OKR set", writer._diagnostics);
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    /// <summary>The id of the owner, period, objective, key result or alignment child being written, for diagnostics.</summary>
    private string? _currentId;

    private void Error(string code, string message)
        => _diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, message, _currentId is null ? [] : [_currentId]) { Path = _path.ToString() });

    // ---- Values ---------------------------------------------------------------------------------------------

    // The reader's own check: text is writable when it holds no lone surrogate.
    private static bool IsValidText(string text) => OkrJsonReader.FindLoneSurrogate(text) < 0;

    private void String(string name, string? value, bool required, Label owner)
    {
        _path.PushProperty(name);
        if (value is null)
        {
            if (required)
            {
                Error(DiagnosticCodes.ValueNotWritable, $"{Capital(owner)} has no {name} (it is null); the format requires one.");
                _writer.WriteNull(name);
            }
        }
        else if (!IsValidText(value))
        {
            Error(DiagnosticCodes.InvalidText, $"The {name} of {owner} holds a lone surrogate character, which is not Unicode text; correct the string.");
            _writer.WriteNull(name);
        }
        else
        {
            _writer.WriteString(name, value);
        }
        _path.Pop();
    }

    private void Number(string name, double value, Label owner)
    {
        _path.PushProperty(name);
        if (double.IsFinite(value))
        {
            _writer.WriteNumber(name, value);
        }
        else
        {
            Error(DiagnosticCodes.NumberNotWritable, $"The {name} of {owner} is {value.ToString(CultureInfo.InvariantCulture)}; JSON numbers are finite, so give a finite number before writing.");
            _writer.WriteNull(name);
        }
        _path.Pop();
    }

    private void Date(string name, DateOnly value)
    {
        Span<char> text = stackalloc char[16];
        value.TryFormat(text, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _writer.WriteString(name, text[..length]);
    }

    private void Enum<T>(string name, (string Name, T Value)[] table, T value, Label owner)
        where T : struct, System.Enum
    {
        var text = JsonNames.NameOf(table, value);
        if (text is null)
        {
            _path.PushProperty(name);
            Error(DiagnosticCodes.ValueNotWritable, $"The {name} of {owner} is {value}, which is not a defined value; use one of {string.Join(", ", table.Select(static t => t.Value.ToString()))}.");
            _path.Pop();
            _writer.WriteNull(name);
            return;
        }
        _writer.WriteString(name, text);
    }

    private void StringList(string name, IReadOnlyList<string> values, Label owner)
    {
        _path.PushProperty(name);
        _writer.WriteStartArray(name);
        _path.PushIndex(0);
        for (var i = 0; i < values.Count; i++)
        {
            _path.SetIndex(i);
            var value = values[i];
            if (value is null)
            {
                Error(DiagnosticCodes.ValueNotWritable, $"Entry {i} of the {name} of {owner} is null; give an id.");
                _writer.WriteNullValue();
            }
            else if (!IsValidText(value))
            {
                Error(DiagnosticCodes.InvalidText, $"Entry {i} of the {name} of {owner} holds a lone surrogate character; correct the id.");
                _writer.WriteNullValue();
            }
            else
            {
                _writer.WriteStringValue(value);
            }
        }
        _path.Pop();
        _writer.WriteEndArray();
        _path.Pop();
    }

    /// <summary>Writes a list, each item with <paramref name="write"/>; a static delegate and a label, so no closure per list.</summary>
    private void List<T>(string name, IReadOnlyList<T> items, Action<OkrJsonWriter, T, Label> write, Label label, string what)
        where T : class
    {
        _path.PushProperty(name);
        _writer.WriteStartArray(name);
        _path.PushIndex(0);
        for (var i = 0; i < items.Count; i++)
        {
            _path.SetIndex(i);
            _currentId = null;
            if (items[i] is { } item)
            {
                write(this, item, label);
            }
            else
            {
                Error(DiagnosticCodes.ValueNotWritable, $"Entry {i} of the {name} is null; remove it or give a {what}.");
                _writer.WriteNullValue();
            }
        }
        _path.Pop();
        _writer.WriteEndArray();
        _path.Pop();
    }

    private void Extensions(IReadOnlyDictionary<string, string>? extensions, string[] known, Label owner)
    {
        if (extensions is null || extensions.Count == 0) return; // most objects have none: no enumerator then
        foreach (var (name, text) in extensions)
        {
            _path.PushProperty(name);
            if (Array.IndexOf(known, name) >= 0)
            {
                Error(DiagnosticCodes.InvalidExtension, $"{Capital(owner)} has an extension named '{name}', which is a property of the format; rename the extension (a vendor prefix such as \"x-acme-{name}\" is safe).");
            }
            else if (!IsValidText(name))
            {
                Error(DiagnosticCodes.InvalidText, $"{Capital(owner)} has an extension whose name holds a lone surrogate character; correct the name.");
            }
            else
            {
                WriteExtensionValue(name, text, owner);
            }
            _path.Pop();
        }
    }

    private void WriteExtensionValue(string name, string? text, Label owner)
    {
        if (text is null)
        {
            Error(DiagnosticCodes.InvalidExtension, $"Extension '{name}' of {owner} has no text; give JSON text such as \"null\", \"42\" or \"{{}}\".");
            return;
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = ExtensionParseDepth });
        }
        catch (ArgumentException)
        {
            // JsonDocument cannot transcode a lone surrogate to UTF-8.
            Error(DiagnosticCodes.InvalidText, $"Extension '{name}' of {owner} holds text that is not valid Unicode (a lone surrogate); correct it.");
            return;
        }
        catch (JsonException e)
        {
            Error(DiagnosticCodes.InvalidExtension, $"Extension '{name}' of {owner} is not one valid JSON value ({e.Message}); extensions hold raw JSON text, so a string needs its quotes: \"\\\"text\\\"\".");
            return;
        }
        using (document)
        {
            try
            {
                var buffer = new ArrayBufferWriter<byte>();
                using (var check = new Utf8JsonWriter(buffer, new JsonWriterOptions { MaxDepth = ExtensionParseDepth }))
                {
                    document.RootElement.WriteTo(check);
                }
                if (_writer.CurrentDepth + Nesting(buffer.WrittenSpan) > _options.MaxNesting)
                {
                    Error(DiagnosticCodes.NestingTooDeep, string.Create(CultureInfo.InvariantCulture, $"Extension '{name}' of {owner} nests {Nesting(buffer.WrittenSpan)} levels deep, which here takes the document past OkrJsonOptions.MaxNesting ({_options.MaxNesting}), so a reader with the same options could not read it back; raise MaxNesting (it was probably read with a higher limit) or flatten the extension."));
                    return;
                }
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                Error(DiagnosticCodes.InvalidText, $"Extension '{name}' of {owner} holds text that is not valid Unicode (a lone surrogate escape); correct it.");
                return;
            }
            _writer.WritePropertyName(name);
            document.RootElement.WriteTo(_writer);
        }
    }

    // The deepest extension any reader accepts: OkrJsonOptions' upper bound on MaxNesting.
    private const int ExtensionParseDepth = 4_096;

    /// <summary>How many levels of objects and arrays a JSON value nests (0 for a number or string).</summary>
    private static int Nesting(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = ExtensionParseDepth + 1 });
        var deepest = 0;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) deepest = Math.Max(deepest, reader.CurrentDepth + 1);
        }
        return deepest;
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Capital(Label label) => Capital(label.ToString());

    /// <summary>
    /// Names what is being written ("key result 'k1'", "the alignment of 'a' to 'b'", "...'s measure") for error
    /// messages, and is formatted only when one is reported: writing a valid million-objective set builds no labels.
    /// </summary>
    private readonly struct Label
    {
        private readonly string? _head;
        private readonly string? _id;
        private readonly string? _middle;
        private readonly string? _id2;
        private readonly string? _tail;
        private readonly bool _quoted;

        public Label(string head, string? id)
        {
            _head = head;
            _id = id;
            _quoted = true;
        }

        public Label(string head, string? id, string middle, string? id2)
            : this(head, id)
        {
            _middle = middle;
            _id2 = id2;
        }

        private Label(string text) => _head = text;

        private Label(Label basis, string tail)
        {
            this = basis;
            _tail = basis._tail + tail;
        }

        /// <summary>A part of what this label names, such as its measure: <c>"'s measure"</c>.</summary>
        public Label Part(string tail) => new(this, tail);

        public static implicit operator Label(string text) => new(text);

        public override string ToString() => _quoted
            ? _head + Quote(_id) + (_middle is null ? "" : _middle + Quote(_id2)) + _tail
            : _head + _tail;
    }

    private static string Quote(string? id) => id is null ? "(no id)" : $"'{id}'";
}
