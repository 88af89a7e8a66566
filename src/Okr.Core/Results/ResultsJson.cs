using System.Text.Json;
using System.Text.Json.Serialization;
using Okr.Core.Diagnostics;
using Okr.Core.Graph;
using Okr.Core.Health;
using Okr.Core.Scoring;
using Okr.Core.Rollup;
using Okr.Core.Serialization;

namespace Okr.Core.Results;

/// <summary>The rows of the <c>okr-results/2</c> document, serialized by a source-generated context (no reflection).</summary>
internal sealed class ResultsDocument
{
    public string Format { get; init; } = ResultsJson.FormatVersion;

    public string? Name { get; init; }

    public DateOnly AsOf { get; init; }

    public List<ResultsNode> Nodes { get; init; } = [];

    public List<ResultsEdge> Edges { get; init; } = [];

    // Written only when a health report was given, so a document of numbers alone is as before.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ResultsHealth? Health { get; init; }
}

internal sealed class ResultsHealth
{
    public bool IsHealthy { get; init; }

    public double? AlignmentScore { get; init; }

    public required List<ResultsGap> Gaps { get; init; }

    public required List<ResultsFinding> Findings { get; init; }
}

internal sealed class ResultsGap
{
    public required string Kind { get; init; }

    public int Count { get; init; }

    public double Points { get; init; }

    public required List<string> Ids { get; init; }
}

internal sealed class ResultsFinding
{
    public required string Code { get; init; }

    public required string Severity { get; init; }

    public required List<string> Ids { get; init; }

    public string? Path { get; init; }

    public required string Message { get; init; }

    public required string Suggestion { get; init; }

    public required Dictionary<string, string> Data { get; init; }
}

internal sealed class ResultsEdge
{
    public required string Child { get; init; }

    public required string Parent { get; init; }

    public required string Kind { get; init; }

    public double Weight { get; init; }

    public bool Counts { get; init; }
}

internal sealed class ResultsNode
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Title { get; init; }

    public required List<string> Owners { get; init; }

    public string? Period { get; init; }

    public int Depth { get; init; }

    public double? Progress { get; init; }

    public double? RawProgress { get; init; }

    public required string Provenance { get; init; }

    public double ExpectedProgress { get; init; }

    public required string Status { get; init; }

    public string? Grade { get; init; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true)]
[JsonSerializable(typeof(ResultsDocument))]
internal sealed partial class ResultsJsonContext : JsonSerializerContext;

/// <summary>Writes a <see cref="RollupResult"/> as an <c>okr-results/2</c> document.</summary>
internal static class ResultsJson
{
    public const string FormatVersion = "okr-results/2";

    public static ResultsDocument ToDocument(RollupResult result)
    {
        var graph = result.Graph;
        var nodes = new List<ResultsNode>(graph.NodeCount);
        foreach (var node in result.Nodes)
        {
            nodes.Add(new ResultsNode
            {
                Id = node.Node.Id,
                Kind = node.Node.Kind == NodeKind.Objective ? "objective" : "keyResult",
                Title = node.Node.Title,
                Owners = OwnersOf(node.Node),
                Period = PeriodOf(node.Node),
                Depth = node.Node.Depth,
                Progress = node.Progress,
                RawProgress = node.RawProgress,
                Provenance = node.Provenance switch
                {
                    Provenance.Measured => "measured",
                    Provenance.Derived => "derived",
                    Provenance.Manual => "manual",
                    _ => "notMeasured",
                },
                ExpectedProgress = node.ExpectedProgress,
                Status = node.Status switch
                {
                    ProgressStatus.NotStarted => "notStarted",
                    ProgressStatus.OnTrack => "onTrack",
                    ProgressStatus.Behind => "behind",
                    ProgressStatus.AtRisk => "atRisk",
                    ProgressStatus.Achieved => "achieved",
                    _ => "noData",
                },
                Grade = node.Grade switch
                {
                    null => null,
                    Okr.Core.Scoring.Grade.Green => "green",
                    Okr.Core.Scoring.Grade.Yellow => "yellow",
                    _ => "red",
                },
            });
        }
        var edges = new List<ResultsEdge>(graph.EdgeCount);
        foreach (var edge in graph.Edges)
        {
            edges.Add(new ResultsEdge
            {
                Child = edge.Child.Id,
                Parent = edge.Parent.Id,
                Kind = KindName(edge.Kind),
                Weight = edge.Weight,
                Counts = result.GetShares(edge.Child).Any(share => share.Parent == edge.Parent),
            });
        }
        return new ResultsDocument { Name = graph.Set.Name, AsOf = result.AsOf, Nodes = nodes, Edges = edges };
    }

    public static ResultsDocument ToDocument(RollupResult result, HealthReport health)
    {
        if (health.AsOf != result.AsOf)
        {
            throw new ArgumentException(
                $"The health report is as of {health.AsOf:yyyy-MM-dd} but the rollup as of {result.AsOf:yyyy-MM-dd}; analyse the graph on the rollup's day: graph.AnalyzeHealth(result.AsOf).",
                nameof(health));
        }
        var findings = new List<ResultsFinding>(health.Findings.Count);
        foreach (var finding in health.Findings)
        {
            findings.Add(new ResultsFinding
            {
                Code = finding.Code,
                Severity = finding.Severity switch
                {
                    DiagnosticSeverity.Error => "error",
                    DiagnosticSeverity.Warning => "warning",
                    _ => "info",
                },
                Ids = [.. finding.Ids],
                Path = finding.Path,
                Message = finding.Message,
                Suggestion = finding.Suggestion,
                Data = new Dictionary<string, string>(finding.Data, StringComparer.Ordinal),
            });
        }
        var gaps = new List<ResultsGap>();
        foreach (var gap in health.AlignmentScore?.Gaps ?? [])
        {
            gaps.Add(new ResultsGap { Kind = JsonNamingPolicy.CamelCase.ConvertName(gap.Kind.ToString()), Count = gap.Count, Points = gap.Points, Ids = [.. gap.Ids] });
        }
        var document = ToDocument(result);
        return new ResultsDocument
        {
            Name = document.Name,
            AsOf = document.AsOf,
            Nodes = document.Nodes,
            Edges = document.Edges,
            Health = new ResultsHealth { IsHealthy = health.IsHealthy, AlignmentScore = health.AlignmentScore?.Score, Gaps = gaps, Findings = findings },
        };
    }

    private static List<string> OwnersOf(OkrNode node)
    {
        if (node.Objective is { } objective) return [.. objective.OwnerIds];
        if (node.KeyResult!.OwnerId is { } owner) return [owner];
        // A key result without its own owner is owned by its objective's owners.
        return node.Graph.TryGetNode(node.KeyResult.ObjectiveId, out var parent) && parent.Objective is { } defining ? [.. defining.OwnerIds] : [];
    }

    private static string? PeriodOf(OkrNode node)
    {
        if (node.Objective is { } objective) return objective.PeriodId;
        return node.Graph.TryGetNode(node.KeyResult!.ObjectiveId, out var parent) ? parent.Objective?.PeriodId : null;
    }

    private static string KindName(EdgeKind kind) => kind switch
    {
        EdgeKind.KeyResult => "keyResult",
        EdgeKind.LinkedKeyResult => "linkedKeyResult",
        EdgeKind.Cascaded => "cascaded",
        EdgeKind.Localized => "localized",
        EdgeKind.BottomUp => "bottomUp",
        _ => "shared",
    };

    public static JsonSerializerOptions OptionsFor(OkrJsonOptions options) =>
        options.Indented ? ResultsJsonContext.Default.Options : Compact;

    private static readonly JsonSerializerOptions Compact = new(ResultsJsonContext.Default.Options) { WriteIndented = false };
}
