using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Okr.Cli.Input;
using Okr.Cli.Rendering;
using Okr.Core;
using Okr.Core.Diagnostics;
using Okr.Core.Graph;
using Okr.Core.Rollup;
using Okr.Core.Serialization;
using Spectre.Console;

namespace Okr.Cli.Commands;

/// <summary><c>okr checkin FILE KEY_RESULT VALUE</c>: records a check-in in the file in place and prints what moved.</summary>
internal static class CheckInCommand
{
    public static Command Create(CliContext context)
    {
        var file = OkrCommandLine.FileArgument();
        var keyResult = new Argument<string>("KEY_RESULT") { Description = "The id of the key result checked in on." };
        var value = new Argument<double>("VALUE") { Description = "The measured value (in the key result's unit).", CustomParser = ParseValue };
        var date = OkrCommandLine.DateOption("--date", "The day of the check-in; default today");
        var confidence = new Option<Confidence?>("--confidence") { Description = "A score from 0 to 1, or low, medium or high.", CustomParser = ParseConfidence };
        var note = new Option<string?>("--note") { Description = "A note kept with the check-in." };
        var correct = new Option<bool>("--correct") { Description = "Replace the check-in the key result already has on that day (a mistyped value)." };
        var format = OkrCommandLine.FormatOption();
        var command = new Command("checkin",
            "Adds a check-in to the key result in the file, in place: every other byte of the file stays as it was " +
            "(extensions, order, layout). A second check-in on one day is refused unless --correct, which replaces the " +
            "value (and the confidence and note when given). Prints what moved " +
            "up the tree.\n\n" +
            "Example:\n  okr checkin okrs.json bugs 70 --date 2026-02-20 --confidence medium --note \"release 4.2 fixed the crashers\"")
        {
            file, keyResult, value, date, confidence, note, correct, format,
        };
        command.SetAction(parse => Run(context, parse.GetValue(file)!, parse.GetValue(keyResult)!, new CheckIn
        {
            Date = parse.GetValue(date) ?? context.Today,
            Value = parse.GetValue(value),
            Confidence = parse.GetValue(confidence),
            Note = parse.GetValue(note),
        }, parse.GetValue(correct), OkrCommandLine.Json(parse, format)));
        return command;
    }

    private static double ParseValue(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)) return value;
        result.AddError($"'{token}' is not a number: write the value with a '.' for decimals, for example 4.35.");
        return 0;
    }

    private static Confidence? ParseConfidence(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        switch (token.ToLowerInvariant())
        {
            case "low": return Confidence.FromLevel(ConfidenceLevel.Low);
            case "medium": return Confidence.FromLevel(ConfidenceLevel.Medium);
            case "high": return Confidence.FromLevel(ConfidenceLevel.High);
        }
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 1) return Confidence.FromScore(score);
        result.AddError($"'{token}' is not a confidence: give a score from 0 to 1, or low, medium or high.");
        return null;
    }

    private static int Run(CliContext context, string path, string keyResultId, CheckIn checkIn, bool correcting, bool json)
    {
        var document = LoadedDocument.LoadValid(path, context);
        var graph = document.Graph!;
        var node = document.Node(keyResultId, "KEY_RESULT");
        if (node.Kind != NodeKind.KeyResult)
            throw new CliException(ExitCodes.Usage, $"{path}: '{keyResultId}' is an objective; check in on one of its key results.");

        if (correcting && node.KeyResult!.CheckIns.FirstOrDefault(c => c.Date == checkIn.Date) is { } existing)
        {
            // A correction fixes what was given; the confidence and note already recorded stay unless replaced.
            checkIn = checkIn with { Confidence = checkIn.Confidence ?? existing.Confidence, Note = checkIn.Note ?? existing.Note };
        }

        // The live rollup checks the check-in (a derived key result, a day taken, a value that is not finite) and
        // says what it moves; it looks from the check-in's day.
        var state = graph.CreateRollupState(checkIn.Date);
        var before = node.ImpactSet().Prepend(node).Select(n => (Node: n, Progress: state[n])).ToList();
        try
        {
            if (correcting) state.CorrectCheckIn(keyResultId, checkIn);
            else state.ApplyCheckIn(keyResultId, checkIn);
        }
        catch (OkrValidationException e) when (e.Diagnostics.Any(d => d.Code == DiagnosticCodes.CheckInDateTaken))
        {
            foreach (var d in e.Diagnostics) context.Error.WriteLine($"  {d}");
            throw new CliException(ExitCodes.InvalidInput, $"the check-in was refused; add --correct to replace the check-in of {checkIn.Date:yyyy-MM-dd}.");
        }

        var bytes = File.ReadAllBytes(path);
        var edited = CheckInEditor.Apply(bytes, keyResultId, checkIn, correcting);
        var reread = OkrJson.TryRead(new MemoryStream(edited));
        if (reread.Set is null || !reread.Set.Equals(state.ToSet()))
            throw new CliException(ExitCodes.Failure, $"{path}: the edited file would not read back as the file plus the check-in; nothing was written. Please report this.");
        var temporary = path + ".okr-tmp";
        try
        {
            File.WriteAllBytes(temporary, edited);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new CliException(ExitCodes.InvalidInput, $"{path}: cannot be written: {e.Message}");
        }

        var moves = before
            .Select(b => (b.Node, Before: b.Progress, After: state[b.Node]))
            .Where(m => !Nullable.Equals(m.Before.Progress, m.After.Progress) || m.Before.Status != m.After.Status)
            .Select(m => new ProgressMove(m.Node.Id, m.Node.Title, m.Before.Progress, m.After.Progress, m.Before.Status, m.After.Status))
            .ToList();
        if (json)
        {
            CliJson.Write(context.RawOut, "checkin", w =>
            {
                w.WriteString("file", path);
                w.WriteString("keyResult", keyResultId);
                w.WriteString("date", checkIn.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteNumber("value", checkIn.Value);
                w.WriteBoolean("corrected", correcting);
                MovesView.WriteJson(w, moves);
            });
            return ExitCodes.Ok;
        }
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(correcting ? "Corrected" : "Recorded")} {keyResultId} = {checkIn.Value:R} on {checkIn.Date:yyyy-MM-dd} in {path}."));
        context.Out.WriteLine(moves.Count == 0 ? "Nothing moved as of that day." : $"What moved, as of {checkIn.Date:yyyy-MM-dd}:");
        MovesView.WriteText(context.Out, moves);
        return ExitCodes.Ok;
    }
}
