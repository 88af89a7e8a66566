using System.Text.Json;
using System.Text.Json.Serialization;
using Okr.Core.Graph;
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
