using System.Text.Json;
using System.Text.Json.Serialization;

namespace Okr.Core.Benchmarks;

// The peer OkrJson.Read is measured against: the same okr/1 document deserialised by System.Text.Json's source
// generator into plain DTOs, with no validation, no positions and no diagnostics. Enum spellings stay strings (a DTO
// would map them afterwards); unknown properties land in extension data, as OkrJson keeps them.

/// <summary>The okr/1 document as a plain DTO.</summary>
public sealed class DocumentDto
{
    /// <summary>"okr/1".</summary>
    public string? Format { get; set; }

    /// <summary>The set's name.</summary>
    public string? Name { get; set; }

    /// <summary>Owners.</summary>
    public List<OwnerDto>? Owners { get; set; }

    /// <summary>Periods.</summary>
    public List<PeriodDto>? Periods { get; set; }

    /// <summary>Objectives.</summary>
    public List<ObjectiveDto>? Objectives { get; set; }

    /// <summary>Key results.</summary>
    public List<KeyResultDto>? KeyResults { get; set; }

    /// <summary>Alignments.</summary>
    public List<AlignmentDto>? Alignments { get; set; }

    /// <summary>Unknown properties.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>An owner.</summary>
public sealed class OwnerDto
{
    /// <summary>Id.</summary>
    public string? Id { get; set; }

    /// <summary>Name.</summary>
    public string? Name { get; set; }

    /// <summary>Kind.</summary>
    public string? Kind { get; set; }

    /// <summary>Parent owner.</summary>
    public string? ParentId { get; set; }

    /// <summary>Unknown properties.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>A period.</summary>
public sealed class PeriodDto
{
    /// <summary>Id.</summary>
    public string? Id { get; set; }

    /// <summary>Name.</summary>
    public string? Name { get; set; }

    /// <summary>First day.</summary>
    public DateOnly Start { get; set; }

    /// <summary>Last day.</summary>
    public DateOnly End { get; set; }

    /// <summary>Parent period.</summary>
    public string? ParentId { get; set; }

    /// <summary>Unknown properties.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>An objective.</summary>
public sealed class ObjectiveDto
{
    /// <summary>Id.</summary>
    public string? Id { get; set; }

    /// <summary>Title.</summary>
    public string? Title { get; set; }

    /// <summary>Description.</summary>
    public string? Description { get; set; }

    /// <summary>Owners.</summary>
    public List<string>? OwnerIds { get; set; }

    /// <summary>Period.</summary>
    public string? PeriodId { get; set; }

    /// <summary>Commitment.</summary>
    public string? Commitment { get; set; }

    /// <summary>Progress source.</summary>
    public string? ProgressSource { get; set; }

    /// <summary>Strategy.</summary>
    public string? Strategy { get; set; }

    /// <summary>Weight by target.</summary>
    public bool? WeightByTarget { get; set; }

    /// <summary>Manual progress.</summary>
    public double? ManualProgress { get; set; }

    /// <summary>Linked key results.</summary>
    public List<string>? LinkedKeyResultIds { get; set; }

    /// <summary>Unknown properties.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>A key result.</summary>
public sealed class KeyResultDto
{
    /// <summary>Id.</summary>
    public string? Id { get; set; }

    /// <summary>Title.</summary>
    public string? Title { get; set; }

    /// <summary>Description.</summary>
    public string? Description { get; set; }

    /// <summary>Objective.</summary>
    public string? ObjectiveId { get; set; }

    /// <summary>Owner.</summary>
    public string? OwnerId { get; set; }

    /// <summary>Weight.</summary>
    public double? Weight { get; set; }

    /// <summary>Derived.</summary>
    public bool? Derived { get; set; }

    /// <summary>Measure.</summary>
    public MeasureDto? Measure { get; set; }

    /// <summary>Check-ins.</summary>
    public List<CheckInDto>? CheckIns { get; set; }

    /// <summary>Checkpoints.</summary>
    public List<CheckpointDto>? Checkpoints { get; set; }

    /// <summary>Unknown properties.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>A measure of any kind.</summary>
public sealed class MeasureDto
{
    /// <summary>Kind.</summary>
    public string? Kind { get; set; }

    /// <summary>Start.</summary>
    public double? Start { get; set; }

    /// <summary>Target.</summary>
    public double? Target { get; set; }

    /// <summary>Current.</summary>
    public double? Current { get; set; }

    /// <summary>Unit.</summary>
    public string? Unit { get; set; }

    /// <summary>Threshold direction.</summary>
    public string? Direction { get; set; }

    /// <summary>Threshold limit.</summary>
    public double? Limit { get; set; }

    /// <summary>Milestone steps.</summary>
    public List<StepDto>? Steps { get; set; }

    /// <summary>Unknown properties.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }
}

/// <summary>A milestone step.</summary>
public sealed class StepDto
{
    /// <summary>Title.</summary>
    public string? Title { get; set; }

    /// <summary>Weight.</summary>
    public double? Weight { get; set; }

    /// <summary>Done.</summary>
    public bool? Done { get; set; }

    /// <summary>Day done.</summary>
    public DateOnly? DoneOn { get; set; }
}

/// <summary>A check-in.</summary>
public sealed class CheckInDto
{
    /// <summary>Day.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Value.</summary>
    public double Value { get; set; }

    /// <summary>Confidence: a number or a level.</summary>
    public JsonElement? Confidence { get; set; }

    /// <summary>Note.</summary>
    public string? Note { get; set; }
}

/// <summary>A phased-target checkpoint.</summary>
public sealed class CheckpointDto
{
    /// <summary>Day.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Value.</summary>
    public double Value { get; set; }
}

/// <summary>An alignment.</summary>
public sealed class AlignmentDto
{
    /// <summary>Child objective.</summary>
    public string? ChildId { get; set; }

    /// <summary>Parent.</summary>
    public string? ParentId { get; set; }

    /// <summary>Kind.</summary>
    public string? Kind { get; set; }

    /// <summary>Weight.</summary>
    public double? Weight { get; set; }
}

/// <summary>The source-generated metadata for <see cref="DocumentDto"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(DocumentDto))]
public sealed partial class DtoContext : JsonSerializerContext;
