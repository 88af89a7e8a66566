using System.CommandLine;
using System.Globalization;
using Okr.Cli.Input;
using Okr.Cli.Rendering;
using Okr.Core.Rollup;
using Spectre.Console;

namespace Okr.Cli.Commands;

/// <summary><c>okr diff OLD NEW</c> or <c>okr diff FILE --from DATE --to DATE</c>: what changed.</summary>
internal static class DiffCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "OLD and NEW versions of a file, or one FILE with --from and --to.", Arity = new ArgumentArity(1, 2) };
        var from = OkrCommandLine.DateOption("--from", "With one FILE: the first day");
        var to = OkrCommandLine.DateOption("--to", "With one FILE: the second day");
        var asOf = OkrCommandLine.DateOption("--as-of", "With OLD and NEW: the day both are rolled up on; default today, or the nearest period end");
        var format = OkrCommandLine.FormatOption();
        var command = new Command("diff",
            "Compares two versions of a file (objectives and key results added, removed or edited, alignments changed, " +
            "then progress and status moves, largest first), or one file on two days (the moves).\n\n" +
            "Examples:\n  okr diff okrs-january.json okrs-february.json\n  okr diff samples/data/nonprofit-weekly.json --from 2026-01-31 --to 2026-02-28")
        {
            files, from, to, asOf, format,
        };
        command.Validators.Add(result =>
        {
            var count = result.GetValue(files)?.Length ?? 0;
            var days = result.GetValue(from) is not null || result.GetValue(to) is not null;
            if (count == 1 && (result.GetValue(from) is null || result.GetValue(to) is null))
                result.AddError("With one FILE, give both --from and --to; or give OLD and NEW files.");
            if (count == 2 && days) result.AddError("--from and --to compare one file on two days; with OLD and NEW use --as-of.");
        });
        command.SetAction(parse => Run(context, parse.GetValue(files)!, parse.GetValue(from), parse.GetValue(to), parse.GetValue(asOf), OkrCommandLine.Json(parse, format)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, DateOnly? from, DateOnly? to, DateOnly? asOf, bool json)
    {
        var before = LoadedDocument.LoadValid(paths[0], context);
        var after = paths.Length == 2 ? LoadedDocument.LoadValid(paths[1], context) : before;
        DateOnly dayBefore, dayAfter;
        if (paths.Length == 2) dayBefore = dayAfter = AsOf.Resolve(asOf, after.Graph!.Set, context);
        else (dayBefore, dayAfter) = (from!.Value, to!.Value);
        var items = paths.Length == 2 ? SetDiff.Items(before.Set!, after.Set!) : [];
        var alignments = paths.Length == 2 ? SetDiff.Alignments(before.Set!, after.Set!) : [];
        var moves = SetDiff.Moves(before.Graph!.Rollup(dayBefore), after.Graph!.Rollup(dayAfter));
        if (json)
        {
            CliJson.Write(context.RawOut, "diff", w =>
            {
                w.WriteString("before", paths[0]);
                w.WriteString("after", paths[^1]);
                w.WriteString("beforeAsOf", dayBefore.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("afterAsOf", dayAfter.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteStartArray("items");
                foreach (var item in items)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", item.Kind);
                    w.WriteString("id", item.Id);
                    w.WriteString("change", item.Change);
                    w.WriteString("title", item.Title);
                    w.WriteStartArray("fields");
                    foreach (var f in item.Fields)
                    {
                        w.WriteStartObject();
                        w.WriteString("field", f.Field);
                        w.WriteString("before", f.Before);
                        w.WriteString("after", f.After);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("alignments");
                foreach (var a in alignments)
                {
                    w.WriteStartObject();
                    w.WriteString("childId", a.ChildId);
                    w.WriteString("parentId", a.ParentId);
                    w.WriteString("change", a.Change);
                    if (a.Before is null) w.WriteNull("before"); else w.WriteString("before", a.Before);
                    if (a.After is null) w.WriteNull("after"); else w.WriteString("after", a.After);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                MovesView.WriteJson(w, moves);
            });
            return ExitCodes.Ok;
        }
        var console = context.Out;
        console.MarkupLine(paths.Length == 2
            ? $"[bold]{Markup.Escape(paths[0])} -> {Markup.Escape(paths[1])}[/], both as of {dayAfter:yyyy-MM-dd}"
            : $"[bold]{Markup.Escape(paths[0])}[/], {dayBefore:yyyy-MM-dd} -> {dayAfter:yyyy-MM-dd}");
        if (paths.Length == 2)
        {
            console.WriteLine();
            console.WriteLine(items.Count == 0 ? "No objective or key result changed." : "Objectives and key results:");
            foreach (var item in items)
            {
                var sign = item.Change switch { "added" => "+", "removed" => "-", _ => "~" };
                console.WriteLine($"  {sign} {(item.Kind == "objective" ? "O" : "KR")} {item.Id}: {item.Title}");
                foreach (var f in item.Fields) console.WriteLine($"      {f.Field}: {f.Before} -> {f.After}");
            }
            console.WriteLine(alignments.Count == 0 ? "No alignment changed." : "Alignments:");
            foreach (var a in alignments)
            {
                var sign = a.Change switch { "added" => "+", "removed" => "-", _ => "~" };
                console.WriteLine($"  {sign} {a.ChildId} -> {a.ParentId}: {a.Before ?? ""}{(a.Before is not null && a.After is not null ? " -> " : "")}{a.After ?? ""}");
            }
        }
        console.WriteLine();
        console.WriteLine(moves.Count == 0 ? "No progress or status moved." : "Progress and status moves, largest first:");
        MovesView.WriteText(console, moves);
        return ExitCodes.Ok;
    }
}
