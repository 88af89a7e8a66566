using System.Buffers;
using System.Globalization;
using System.Text;
using Okr.Core.Diagnostics;

namespace Okr.Core.Serialization;

/// <summary>Input guards: checks made before (or instead of) parsing, each giving a whole result or one diagnostic.</summary>
internal sealed partial class OkrJsonReader
{
    public static OkrJsonReadResult TooLarge(long size, OkrJsonOptions options)
    {
        var text = size < 0
            ? $"The document is larger than the limit of {options.MaxDocumentBytes:N0} bytes; split it, or raise OkrJsonOptions.MaxDocumentBytes if you trust its source."
            : $"The document has {size:N0} bytes, more than the limit of {options.MaxDocumentBytes:N0}; split it, or raise OkrJsonOptions.MaxDocumentBytes if you trust its source.";
        var diagnostic = new Diagnostic(DiagnosticCodes.DocumentTooLarge, DiagnosticSeverity.Error, string.Create(CultureInfo.InvariantCulture, $"{text}")) { Path = "$", Line = 1, Column = 1 };
        return new OkrJsonReadResult(null, [diagnostic], null);
    }

    /// <summary>The index of the first lone surrogate in <paramref name="text"/>, or -1.</summary>
    public static int FindLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }

    /// <summary>The diagnostic for a string document holding a lone surrogate at <paramref name="index"/>.</summary>
    public static OkrJsonReadResult LoneSurrogate(string json, int index)
    {
        var lineStart = json.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
        if (index == 0) lineStart = 0;
        var line = 1L + json.AsSpan(0, lineStart).Count('\n');
        var column = 1L + Encoding.UTF8.GetByteCount(json.AsSpan(lineStart, index - lineStart));
        var diagnostic = new Diagnostic(
            DiagnosticCodes.InvalidText,
            DiagnosticSeverity.Error,
            string.Create(CultureInfo.InvariantCulture, $"The text holds a lone surrogate character (U+{(int)json[index]:X4}) at this position, which is not Unicode and cannot be read without changing it; correct the text."))
        {
            Path = "$",
            Line = line,
            Column = column,
        };
        return new OkrJsonReadResult(null, [diagnostic], null);
    }

    private bool CheckUtf8()
    {
        var span = _json.Span;
        if (System.Text.Unicode.Utf8.IsValid(span)) return true;
        var position = 0;
        while (position < span.Length)
        {
            var ascii = span[position..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0) break;
            position += ascii;
            var status = Rune.DecodeFromUtf8(span[position..], out _, out var consumed);
            if (status != OperationStatus.Done) break;
            position += consumed;
        }
        Error(DiagnosticCodes.InvalidText, position, "$", "The document is not valid UTF-8 text at this byte; save it as UTF-8.");
        return false;
    }
}
