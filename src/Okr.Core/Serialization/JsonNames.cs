namespace Okr.Core.Serialization;

/// <summary>
/// The property names and enum spellings of the <c>okr/1</c> document, in one place for the reader and the writer.
/// Each name is spelled once, as a constant: the reader's <c>case</c> labels, the writer's calls and the per-object
/// lists of known names below all use the constants.
/// </summary>
internal static class JsonNames
{
    /// <summary>The format tag: the value of <see cref="Format"/>.</summary>
    public const string Version = "okr/1";

    // ---- Property names, alphabetically ----------------------------------------------------------------------

    public const string Alignments = "alignments";
    public const string CheckIns = "checkIns";
    public const string Checkpoints = "checkpoints";
    public const string ChildId = "childId";
    public const string Commitment = "commitment";
    public const string Confidence = "confidence";
    public const string Current = "current";
    public const string Date = "date";
    public const string Derived = "derived";
    public const string Description = "description";
    public const string Direction = "direction";
    public const string Done = "done";
    public const string DoneOn = "doneOn";
    public const string End = "end";
    public const string Format = "format";
    public const string Id = "id";
    public const string KeyResults = "keyResults";
    public const string Kind = "kind";
    public const string Limit = "limit";
    public const string LinkedKeyResultIds = "linkedKeyResultIds";
    public const string ManualProgress = "manualProgress";
    public const string Measure = "measure";
    public const string Name = "name";
    public const string Note = "note";
    public const string ObjectiveId = "objectiveId";
    public const string Objectives = "objectives";
    public const string OwnerId = "ownerId";
    public const string OwnerIds = "ownerIds";
    public const string Owners = "owners";
    public const string ParentId = "parentId";
    public const string PeriodId = "periodId";
    public const string Periods = "periods";
    public const string ProgressSource = "progressSource";
    public const string Start = "start";
    public const string Steps = "steps";
    public const string Strategy = "strategy";
    public const string Target = "target";
    public const string Title = "title";
    public const string Unit = "unit";
    public const string Value = "value";
    public const string Weight = "weight";
    public const string WeightByTarget = "weightByTarget";

    // ---- The properties of each kind of object, in the order the writer writes them --------------------------

    public static readonly string[] Document = [Format, Name, Owners, Periods, Objectives, KeyResults, Alignments];
    public static readonly string[] Owner = [Id, Name, Kind, ParentId];
    public static readonly string[] Period = [Id, Name, Start, End, ParentId];
    public static readonly string[] Objective =
        [Id, Title, Description, OwnerIds, PeriodId, Commitment, ProgressSource, Strategy, WeightByTarget, ManualProgress, LinkedKeyResultIds];
    public static readonly string[] KeyResult =
        [Id, Title, Description, ObjectiveId, OwnerId, Weight, Derived, Measure, CheckIns, Checkpoints];
    public static readonly string[] Metric = [Kind, Start, Target, Current, Unit];
    public static readonly string[] Threshold = [Kind, Direction, Limit, Current, Unit];
    public static readonly string[] Milestones = [Kind, Steps];
    public static readonly string[] Baseline = [Kind, Unit];
    public static readonly string[] AnyMeasure = [Kind, Start, Target, Current, Unit, Direction, Limit, Steps];
    public static readonly string[] Step = [Title, Weight, Done, DoneOn];
    public static readonly string[] CheckIn = [Date, Value, Confidence, Note];
    public static readonly string[] Checkpoint = [Date, Value];
    public static readonly string[] Alignment = [ChildId, ParentId, Kind, Weight];

    // ---- Enum spellings --------------------------------------------------------------------------------------

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
