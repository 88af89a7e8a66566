using System.Globalization;
using Okr.Core;
using Okr.Core.Diagnostics;
using Okr.Core.Graph;
using Okr.Core.Serialization;

namespace Okr.Cli.Input;

/// <summary>An okr/1 file read and compiled, with every diagnostic located in the file.</summary>
internal sealed class LoadedDocument
{
    private LoadedDocument(string path, OkrJsonReadResult read, OkrGraph? graph, IReadOnlyList<Diagnostic> diagnostics)
    {
        Path = path;
        Read = read;
        Graph = graph;
        Diagnostics = diagnostics;
    }

    /// <summary>
    /// How the tool reads: a local file may be as large as the format allows (2,000,000,000 bytes, about a million
    /// objectives with room to spare), not the library's 256 MiB default meant for untrusted uploads.
    /// </summary>
    internal static readonly OkrJsonOptions ReadOptions = new() { MaxDocumentBytes = 2_000_000_000 };

    /// <summary>The path as the user gave it.</summary>
    public string Path { get; }

    /// <summary>The reading result (for locating later diagnostics).</summary>
    public OkrJsonReadResult Read { get; }

    /// <summary>The compiled graph, or <see langword="null"/> when the file has errors.</summary>
    public OkrGraph? Graph { get; }

    /// <summary>Reading and compile diagnostics, with lines and columns.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Where later long steps on this document (rolling up, health) report progress: the context's, for a big file only.</summary>
    public IProgress<OkrProgress>? Progress { get; private init; }

    /// <summary>The set read, when reading succeeded.</summary>
    public OkrSet? Set => Read.Set;

    /// <summary>Files at least this large (bytes) show progress while they are read and compiled, when there is somewhere to show it.</summary>
    internal const long ProgressFrom = 16 << 20;

    /// <summary>Reads and compiles a file; a file that cannot be read at all is a <see cref="CliException"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="progress">Where to report progress for a big file (see <see cref="ProgressFrom"/>), or <see langword="null"/>.</param>
    public static LoadedDocument Load(string path, IProgress<OkrProgress>? progress = null)
    {
        if (Directory.Exists(path)) throw new CliException(ExitCodes.InvalidInput, $"{path}: is a directory, not an okr/1 file.");
        if (!File.Exists(path)) throw new CliException(ExitCodes.InvalidInput, $"{path}: no such file.");
        OkrJsonReadResult read;
        try
        {
            if (progress is not null && new FileInfo(path).Length < ProgressFrom) progress = null;
            using var stream = File.OpenRead(path);
            read = OkrJson.TryRead(stream, ReadOptions, progress);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.InvalidInput, $"{path}: cannot be read: {e.Message}");
        }
        if (read.Set is null) return new LoadedDocument(path, read, null, read.Diagnostics) { Progress = progress };
        var compiled = read.Set.Compile(progress);
        return new LoadedDocument(path, read, compiled.Graph, [.. read.Diagnostics, .. read.Locate(compiled.Diagnostics)]) { Progress = progress };
    }

    /// <summary>Reads and compiles a file that must be valid: errors are printed and end the command with exit code 3.</summary>
    public static LoadedDocument LoadValid(string path, CliContext context)
    {
        var document = Load(path, context.Progress);
        if (document.Graph is not null) return document;
        foreach (var d in document.Diagnostics.Where(static d => d.IsError)) context.Error.WriteLine(Canonical(path, d));
        var errors = document.Diagnostics.Count(static d => d.IsError);
        throw new CliException(ExitCodes.InvalidInput, string.Create(CultureInfo.InvariantCulture, $"{path}: {errors} error(s); run 'okr validate {path}' for every problem."));
    }

    /// <summary>A diagnostic in the form compilers and editors read: <c>path(line,col): error OKR0106: message</c>.</summary>
    public static string Canonical(string path, Diagnostic d)
    {
        var where = d.Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{path}({line},{d.Column ?? 1})")
            : path;
        var severity = d.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var ids = d.Ids.Count > 0 && d.Line is null ? $" [{string.Join(", ", d.Ids)}]" : "";
        return $"{where}: {severity} {d.Code}: {d.Message}{ids}";
    }

    /// <summary>The graph's node with a user-given id, or a usage error naming the id and the file.</summary>
    public OkrNode Node(string id, string what)
    {
        if (Graph!.TryGetNode(id, out var node)) return node;
        throw new CliException(ExitCodes.Usage, $"{Path}: no objective or key result has the id '{id}' ({what}).");
    }
}
