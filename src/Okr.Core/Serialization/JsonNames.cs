using Okr.Core;
using Okr.Core.Diagnostics;
using Okr.Core.Graph;
using Okr.Core.Scoring;
using Okr.Core.Rollup;
using Okr.Core.Health;
using Okr.Core.Results;
using Okr.Core.Internal;
namespace Okr.Core.Serialization;

/// <summary>The property names and enum spellings of the <c>okr/1</c> document, in one place for the reader and the writer.</summary>
internal static class JsonNames
{
    public const string Format = "okr/1";

    public static readonly string[] Document = ["format", "name", "owners", "periods", "objectives", "keyResults", "alignments"];
    public static readonly string[] Owner = ["id", "name", "kind", "parentId"];
    public static readonly string[] Period = ["id", "name", "start", "end", "parentId"];
    public static readonly string[] Objective =
        ["id", "title", "description", "ownerIds", "periodId", "commitment", "progressSource", "strategy", "weightByTarget", "manualProgress", "linkedKeyResultIds"];
    public static readonly string[] KeyResult =
        ["id", "title", "description", "objectiveId", "ownerId", "weight", "derived", "measure", "checkIns", "checkpoints"];
    public static readonly string[] Metric = ["kind", "start", "target", "current", "unit"];
    public static readonly string[] Threshold = ["kind", "direction", "limit", "current", "unit"];
    public static readonly string[] Milestones = ["kind", "steps"];
    public static readonly string[] Baseline = ["kind", "unit"];
    public static readonly string[] AnyMeasure = ["kind", "start", "target", "current", "unit", "direction", "limit", "steps"];
    public static readonly string[] Step = ["title", "weight", "done", "doneOn"];
    public static readonly string[] CheckIn = ["date", "value", "confidence", "note"];
    public static readonly string[] Checkpoint = ["date", "value"];
    public static readonly string[] Alignment = ["childId", "parentId", "kind", "weight"];

    public static readonly (string Name, OwnerKind Value)[] OwnerKinds =
        [("company", OwnerKind.Company), ("department", OwnerKind.Department), ("team", OwnerKind.Team), ("individual", OwnerKind.Individual)];

    public static readonly (string Name, Commitment Value)[] Commitments =
        [("committed", Okr.Core.Commitment.Committed), ("aspirational", Okr.Core.Commitment.Aspirational)];

    public static readonly (string Name, ProgressSource Value)[] ProgressSources =
        [("keyResults", Okr.Core.ProgressSource.KeyResults), ("children", Okr.Core.ProgressSource.Children), ("both", Okr.Core.ProgressSource.Both)];

    public static readonly (string Name, AlignmentKind Value)[] AlignmentKinds =
        [("cascaded", AlignmentKind.Cascaded), ("localized", AlignmentKind.Localized), ("bottomUp", AlignmentKind.BottomUp), ("shared", AlignmentKind.Shared)];

    public static readonly (string Name, ThresholdDirection Value)[] Directions =
        [("atLeast", ThresholdDirection.AtLeast), ("atMost", ThresholdDirection.AtMost)];

    public static readonly (string Name, ConfidenceLevel Value)[] ConfidenceLevels =
        [("low", ConfidenceLevel.Low), ("medium", ConfidenceLevel.Medium), ("high", ConfidenceLevel.High)];

    public const string MetricKind = "metric";
    public const string ThresholdKind = "threshold";
    public const string MilestonesKind = "milestones";
    public const string BaselineKind = "baseline";

    public static string NameOf<T>((string Name, T Value)[] table, T value)
        where T : struct, Enum
    {
        foreach (var (name, v) in table)
        {
            if (EqualityComparer<T>.Default.Equals(v, value)) return name;
        }
        return null!;
    }
}
