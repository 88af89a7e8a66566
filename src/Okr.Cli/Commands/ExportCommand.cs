using System.CommandLine;
using Okr.Cli.Input;
using Okr.Core.Graph;
using Okr.Core.Health;
using Okr.Core.Interop;
using Okr.Core.Results;
using Okr.Core.Rollup;
using Okr.Core.Serialization;
using Okr.Core.Visuals;

namespace Okr.Cli.Commands;

/// <summary><c>okr export FILE --format FORMAT</c>: the file as another document (okr/1, results, CSV) or a picture.</summary>
internal static class ExportCommand
{
    /// <summary>What a writer gets: the loaded file, the day (resolved only when a writer asks) and the map options.</summary>
    private sealed record ExportRequest(LoadedDocument Document, Func<DateOnly> AsOf, MapOptions Map, CliContext Context)
    {
        public OkrGraph Graph => Document.Graph!;

        public RollupResult Rollup() => Graph.Rollup(AsOf());
    }

    /// <summary>One export format: what it writes, and whether --focus, --depth, --owner and --clusters apply.</summary>
    private sealed record Format(string Description, bool Map, Func<ExportRequest, string> Write);

    /// <summary>Every format, by its --format name. A new format is one entry here.</summary>
    private static readonly Dictionary<string, Format> Formats = new(StringComparer.Ordinal)
    {
        ["results"] = new("the okr-results/2 document (every node's numbers, titles, owners and edges, and the health findings and alignment score)", false, r =>
        {
            var rollup = r.Rollup();
            return OkrResultsJson.Write(rollup, r.Graph.AnalyzeHealth(rollup.AsOf));
        }),
        ["okr"] = new("the okr/1 document as Okr.Core writes it", false, r => OkrJson.Write(r.Graph.Set)),
        ["csv"] = new("Okr.Core's CSV template, one row per objective or key result (docs/import.md)", false, r => OkrCsv.Export(r.Graph.Set).TrimEnd('\r', '\n')),
        ["mermaid"] = new("the alignment map as Mermaid flowchart text, cut to Mermaid's 500 edges and 50,000 characters (a %% CUT line says what was left out)", true, Mermaid),
        ["dot"] = new("the alignment map as Graphviz DOT", true, r => DotMap.Write(r.Rollup(), r.Map)),
        ["svg"] = new("the alignment map as a standalone SVG", true, r => SvgMap.Write(r.Rollup(), r.Map)),
        ["html"] = new("one self-contained HTML report: metrics, health findings, the map, the tree and a chart per key result", true, r =>
        {
            var rollup = r.Rollup();
            return HtmlReport.Write(rollup, r.Graph.AnalyzeHealth(rollup.AsOf), r.Map);
        }),
    };

    public static Command Create(CliContext context)
    {
        var file = OkrCommandLine.FileArgument();
        var format = new Option<string>("--format")
        {
            Description = string.Join("; ", Formats.Select(f => $"{f.Key}: {f.Value.Description}")) + ".",
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var asOf = OkrCommandLine.DateOption("--as-of", "The day the results look from; default today, or the nearest period end");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of stdout." };
        var focus = new Option<string?>("--focus") { Description = "Pictures: only this objective (or the objective of this key result) and what is aligned below it." };
        var depth = new Option<int?>("--depth") { Description = "Pictures: objective levels below the top of the map (0 = the top only)." };
        var owner = new Option<string?>("--owner") { Description = "Pictures: only this owner id's objectives and what is aligned below them." };
        var clusters = new Option<bool>("--clusters") { Description = "mermaid, dot: one box per owner." };
        var command = new Command("export",
            "Writes the file as another document or a picture: the rollup's results (okr-results/2) for tools that only " +
            "want the numbers, the okr/1 document re-written, Okr.Core's CSV template, the alignment map (Mermaid, Graphviz DOT, SVG) or a " +
            "self-contained HTML report. --focus, --depth and --owner cut the pictures.\n\n" +
            "Examples:\n  okr export samples/data/techsolutions.json --format results --as-of 2026-02-15 -o results.json\n" +
            "  okr export samples/data/techsolutions.json --format html --as-of 2026-02-15 -o report.html")
        {
            file, format, asOf, output, focus, depth, owner, clusters,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(depth) is < 0) result.AddError("--depth must be 0 or more.");
            if (result.GetValue(format) is { } name && Formats.TryGetValue(name, out var f) && !f.Map
                && (result.GetValue(focus) is not null || result.GetValue(depth) is not null || result.GetValue(owner) is not null || result.GetValue(clusters)))
                result.AddError($"--focus, --depth, --owner and --clusters apply to the pictures (mermaid, dot, svg, html), not to --format {name}.");
        });
        command.SetAction(parse =>
        {
            var map = new MapOptions
            {
                FocusId = parse.GetValue(focus),
                Depth = parse.GetValue(depth),
                OwnerId = parse.GetValue(owner),
                ClusterByOwner = parse.GetValue(clusters),
            };
            return Run(context, parse.GetValue(file)!, Formats[parse.GetValue(format)!], parse.GetValue(asOf), map, parse.GetValue(output));
        });
        return command;
    }

    private static int Run(CliContext context, string path, Format format, DateOnly? asOf, MapOptions map, string? output)
    {
        var document = LoadedDocument.LoadValid(path, context);
        var graph = document.Graph!;
        if (map.FocusId is { } focus) document.Node(focus, "--focus");
        if (map.OwnerId is { } owner && !graph.Set.Owners.Any(o => o.Id == owner))
            throw new CliException(ExitCodes.Usage, $"{document.Path}: no owner has the id '{owner}' (--owner).");
        var request = new ExportRequest(document, () => AsOf.Resolve(asOf, graph.Set, context), map, context);
        var text = format.Write(request);
        if (format.Map) text = text.TrimEnd('\n');
        if (output is null)
        {
            context.RawOut.WriteLine(text);
            return ExitCodes.Ok;
        }
        try
        {
            File.WriteAllText(output, text + Environment.NewLine);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.InvalidInput, $"{output}: cannot be written: {e.Message}");
        }
        context.Error.WriteLine($"wrote {output}");
        return ExitCodes.Ok;
    }

    private static string Mermaid(ExportRequest request)
    {
        var result = MermaidMap.Write(request.Rollup(), request.Map);
        if (result.IsCut)
        {
            request.Context.Error.WriteLine(
                $"{request.Document.Path}: the Mermaid map left out {result.OmittedIds.Count} of {result.ShownNodes + result.OmittedIds.Count} objectives and key results to stay within Mermaid's limits (see the %% CUT line); narrow it with --focus, --depth or --owner.");
        }
        return result.Text;
    }
}
