using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Okr.Core.Diagnostics;

namespace Okr.Core.Interop.Viva;

/// <summary>
/// The files of a Viva Goals export, found by kind from their names
/// (<c>&lt;kind&gt;_export_file_&lt;org&gt;_&lt;user&gt;_Organization_&lt;org&gt;_&lt;yyyyMMddHHmmss&gt;.json</c>) and parsed.
/// </summary>
internal sealed class VivaExport : IDisposable
{
    /// <summary>The kinds of file an export holds, in the order the report lists them.</summary>
    public static readonly string[] Kinds = ["objectives", "checkins", "comments", "Teams", "TimePeriods", "Users", "Tags"];

    private readonly List<JsonDocument> _documents = [];

    private VivaExport()
    {
    }

    /// <summary>The parsed array of each kind found (an empty array when the kind is missing or unreadable).</summary>
    public Dictionary<string, JsonElement[]> Items { get; } = new(StringComparer.Ordinal);

    /// <summary>The file name each kind was read from.</summary>
    public Dictionary<string, string> FileNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The organisation id and the time the export was taken, from the file names, when they follow the pattern.</summary>
    public string? Organisation { get; private set; }

    /// <summary>The time stamp of the export, from the file names.</summary>
    public DateTime? TakenAt { get; private set; }

    /// <summary>Reads an export folder or zip; every problem becomes a diagnostic, never an exception (except I/O failures).</summary>
    public static VivaExport Read(string path, List<Diagnostic> diagnostics)
    {
        var export = new VivaExport();
        var files = new List<(string Name, Func<Stream> Open)>();
        ZipArchive? zip = null;
        try
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    files.Add((Path.GetFileName(file), () => File.OpenRead(file)));
            }
            else if (File.Exists(path))
            {
                try
                {
                    zip = ZipFile.OpenRead(path);
                    foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).OrderBy(e => e.FullName, StringComparer.Ordinal))
                        files.Add((entry.Name, entry.Open));
                }
                catch (InvalidDataException e)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportFileUnreadable, DiagnosticSeverity.Error,
                        $"'{Path.GetFileName(path)}' is neither an export folder nor a readable zip: {e.Message}") { Path = path });
                    return export;
                }
            }
            else
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportFileUnreadable, DiagnosticSeverity.Error,
                    $"'{path}' is neither a folder nor a file.") { Path = path });
                return export;
            }
            export.ReadFiles(files, diagnostics);
        }
        finally
        {
            zip?.Dispose();
        }
        return export;
    }

    private void ReadFiles(List<(string Name, Func<Stream> Open)> files, List<Diagnostic> diagnostics)
    {
        foreach (var kind in Kinds)
        {
            var candidates = files
                .Select(f => (f.Name, f.Open, Stamp: Stamp(f.Name, kind, out var org)))
                .Where(f => f.Stamp is not null)
                .OrderByDescending(f => f.Stamp, StringComparer.Ordinal)
                .ToList();
            if (candidates.Count == 0)
            {
                var required = kind == "objectives";
                diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportFileMissing, required ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                    $"The export has no {kind} file ({kind}_export_file_...json); " + (required ? "there is nothing to import." : $"it is read as having no {kind}."), kind));
                Items[kind] = [];
                continue;
            }
            if (candidates.Count > 1)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportFileMissing, DiagnosticSeverity.Warning,
                    $"The export holds {candidates.Count} {kind} files; the newest, '{candidates[0].Name}', is read and the others ({string.Join(", ", candidates.Skip(1).Select(c => c.Name))}) are not: import each export on its own.", kind));
            }
            var (name, open, stamp) = candidates[0];
            FileNames[kind] = name;
            if (TakenAt is null && DateTime.TryParseExact(stamp, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var taken))
            {
                TakenAt = taken;
                Stamp(name, kind, out var organisation);
                Organisation = organisation;
            }
            Items[kind] = Parse(name, open, diagnostics);
        }
    }

    private JsonElement[] Parse(string name, Func<Stream> open, List<Diagnostic> diagnostics)
    {
        JsonDocument document;
        try
        {
            using var stream = open();
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportFileUnreadable, DiagnosticSeverity.Error, $"'{name}' is not valid JSON: {FirstSentence(e.Message)}")
            {
                Path = name,
                Line = e.LineNumber + 1,
                Column = e.BytePositionInLine + 1,
            });
            return [];
        }
        catch (InvalidDataException e)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportFileUnreadable, DiagnosticSeverity.Error, $"'{name}' cannot be unpacked from the zip: {e.Message}") { Path = name });
            return [];
        }
        _documents.Add(document);
        if (InvalidText(document.RootElement) is { } bad)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportFileUnreadable, DiagnosticSeverity.Error,
                $"'{name}' holds text that is not valid Unicode (invalid UTF-8 or a lone surrogate) near {bad}.") { Path = name });
            return [];
        }
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.ImportFileUnreadable, DiagnosticSeverity.Error,
                $"'{name}' holds a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not the array of items an export file holds.") { Path = name });
            return [];
        }
        return [.. document.RootElement.EnumerateArray()];
    }

    /// <summary>
    /// Where a string or property name cannot be decoded (the parser checks UTF-8 only when text is read), or
    /// <see langword="null"/>. Iterative, so nesting costs no stack.
    /// </summary>
    private static string? InvalidText(JsonElement root)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            try
            {
                switch (element.ValueKind)
                {
                    case JsonValueKind.String:
                        _ = element.GetString();
                        break;
                    case JsonValueKind.Array:
                        foreach (var item in element.EnumerateArray()) stack.Push(item);
                        break;
                    case JsonValueKind.Object:
                        foreach (var property in element.EnumerateObject())
                        {
                            _ = property.Name;
                            stack.Push(property.Value);
                        }
                        break;
                }
            }
            catch (InvalidOperationException)
            {
                return element.ValueKind == JsonValueKind.Object ? "a property name" : "a string";
            }
        }
        return null;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }

    /// <summary>The time stamp of a file name of the kind, or <see langword="null"/> when the name is not of that kind.</summary>
    private static string? Stamp(string fileName, string kind, out string? organisation)
    {
        organisation = null;
        var prefix = kind + "_export_file_";
        if (!fileName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || !fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return null;
        var parts = fileName[prefix.Length..^5].Split('_');
        if (parts.Length >= 1) organisation = parts[0];
        var last = parts[^1];
        return last.Length == 14 && last.All(char.IsAsciiDigit) ? last : "";
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var document in _documents) document.Dispose();
    }
}
