using System.CommandLine;
using Okr.Cli.Input;
using Okr.Cli.Rendering;
using Okr.Core.Graph;
using Okr.Core.Rollup;
using Spectre.Console;

namespace Okr.Cli.Commands;

/// <summary><c>okr show FILE</c>: the rolled-up alignment tree.</summary>
internal static class ShowCommand
{
    public static Command Create(CliContext context)
    {
        var file = OkrCommandLine.FileArgument();
        var asOf = OkrCommandLine.DateOption("--as-of", "The day to look from; default today, or the nearest period end when today is outside every period");
        var depth = new Option<int?>("--depth") { Description = "Levels to show below each root (a key result and an objective are one level each)." };
        var focus = new Option<string?>("--focus") { Description = "Show only the tree under this objective or key result id." };
        var owner = new Option<string?>("--owner") { Description = "Show only the objectives this owner id owns (with what is below them)." };
        var format = OkrCommandLine.FormatOption();
        var command = new Command("show",
            "Rolls the file up and draws the alignment tree: each objective with its key results and the objectives " +
            "aligned to it, a progress bar coloured by status, progress against expected progress, owners, and where " +
            "each number came from (measured, rolled up, manual, not measured). An edge other than a key result's says " +
            "its alignment kind, its weight when not 1, and whether it counts. A node with several parents is drawn " +
            "once in full and referred to after.\n\n" +
            "Example:\n  okr show samples/data/techsolutions.json --as-of 2026-02-15 --depth 2")
        {
            file, asOf, depth, focus, owner, format,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(depth) is < 0) result.AddError("--depth must be 0 or more.");
        });
        command.SetAction(parse => Run(context, parse.GetValue(file)!, parse.GetValue(asOf), parse.GetValue(depth),
            parse.GetValue(focus), parse.GetValue(owner), OkrCommandLine.Json(parse, format)));
        return command;
    }

    private static int Run(CliContext context, string path, DateOnly? asOf, int? depth, string? focus, string? owner, bool json)
    {
        var document = LoadedDocument.LoadValid(path, context);
        var graph = document.Graph!;
        var day = AsOf.Resolve(asOf, graph.Set, context);
        var result = graph.Rollup(day, null, document.Progress);
        var roots = Roots(document, focus, owner);
        var rows = TreeRows.Walk(roots, depth ?? int.MaxValue, unicode: !json && context.Out.Profile.Capabilities.Unicode);
        if (json)
        {
            CliJson.Write(context.RawOut, "show", w =>
            {
                w.WriteString("file", path);
                w.WriteString("asOf", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                w.WriteStartArray("rows");
                foreach (var row in rows)
                {
                    var p = result[row.Node];
                    w.WriteStartObject();
                    w.WriteString("id", row.Node.Id);
                    w.WriteString("kind", row.Node.Kind == NodeKind.Objective ? "objective" : "keyResult");
                    w.WriteString("title", row.Node.Title);
                    w.WriteNumber("level", row.Level);
                    if (row.Via is { } via)
                    {
                        w.WriteString("parent", via.Parent.Id);
                        w.WriteString("edge", EdgeName(via.Kind));
                        w.WriteNumber("weight", via.Weight);
                        w.WriteBoolean("counts", TreeView.Counts(via, result));
                    }
                    else
                    {
                        w.WriteNull("parent");
                    }
                    w.WriteBoolean("reference", row.Reference);
                    CliJson.Strings(w, "owners", OwnerList(row.Node));
                    CliJson.Number(w, "progress", p.Progress);
                    w.WriteNumber("expected", p.ExpectedProgress);
                    w.WriteString("status", CliJson.Status(p.Status));
                    w.WriteString("provenance", CliJson.Provenance(p.Provenance));
                    w.WriteNumber("hiddenBelow", row.HiddenBelow);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
            return ExitCodes.Ok;
        }
        var title = graph.Set.Name ?? Path.GetFileName(path);
        context.Out.MarkupLine($"[bold]{Markup.Escape(title)}[/]: {graph.ObjectiveCount} objectives, {graph.KeyResultCount} key results, as of {day:yyyy-MM-dd}");
        context.Out.WriteLine();
        TreeView.Write(context.Out, rows, result);
        return ExitCodes.Ok;
    }

    private static List<OkrNode> Roots(LoadedDocument document, string? focus, string? owner)
    {
        var graph = document.Graph!;
        if (focus is not null) return [document.Node(focus, "--focus")];
        if (owner is null) return [.. graph.Roots];
        if (!graph.Set.Owners.Any(o => o.Id == owner))
            throw new CliException(ExitCodes.Usage, $"{document.Path}: no owner has the id '{owner}' (--owner).");
        // The owner's objectives that do not sit below another objective of the same owner.
        var owned = graph.Nodes.Where(n => n.Objective?.OwnerIds.Contains(owner) == true).ToList();
        var ownedSet = owned.Select(n => n.Index).ToHashSet();
        return [.. owned.Where(n => !n.Ancestors().Any(a => ownedSet.Contains(a.Index))).OrderBy(n => n.Index)];
    }

    private static IEnumerable<string> OwnerList(OkrNode node)
        => node.Objective is { } o ? o.OwnerIds : node.KeyResult!.OwnerId is { } id ? [id] : [];

    private static string EdgeName(EdgeKind kind) => kind switch
    {
        EdgeKind.KeyResult => "keyResult",
        EdgeKind.LinkedKeyResult => "linkedKeyResult",
        EdgeKind.Cascaded => "cascaded",
        EdgeKind.Localized => "localized",
        EdgeKind.BottomUp => "bottomUp",
        _ => "shared",
    };
}
