[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Okr.Core.Benchmarks")]
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Okr.Core.Tests")]
namespace Okr.Core
{
    public sealed class Alignment : System.IEquatable<Okr.Core.Alignment>
    {
        public Alignment() { }
        public required string ChildId { get; init; }
        public bool Contributes { get; }
        public System.Collections.Generic.IReadOnlyDictionary<string, string> Extensions { get; init; }
        public required Okr.Core.AlignmentKind Kind { get; init; }
        public required string ParentId { get; init; }
        public double Weight { get; init; }
    }
    public enum AlignmentKind
    {
        Cascaded = 0,
        Localized = 1,
        BottomUp = 2,
        Shared = 3,
    }
    public sealed class BaselineMeasure : Okr.Core.Measure, System.IEquatable<Okr.Core.BaselineMeasure>
    {
        public BaselineMeasure() { }
        public string? Unit { get; init; }
    }
    public sealed class CheckIn : System.IEquatable<Okr.Core.CheckIn>
    {
        public CheckIn() { }
        public Okr.Core.Confidence? Confidence { get; init; }
        public required System.DateOnly Date { get; init; }
        public System.Collections.Generic.IReadOnlyDictionary<string, string> Extensions { get; init; }
        public string? Note { get; init; }
        public required double Value { get; init; }
    }
    public sealed class Checkpoint : System.IEquatable<Okr.Core.Checkpoint>
    {
        public Checkpoint() { }
        public required System.DateOnly Date { get; init; }
        public System.Collections.Generic.IReadOnlyDictionary<string, string> Extensions { get; init; }
        public required double Value { get; init; }
    }
    public enum Commitment
    {
        Committed = 0,
        Aspirational = 1,
    }
    public readonly struct Confidence : System.IEquatable<Okr.Core.Confidence>
    {
        public Okr.Core.ConfidenceLevel? Level { get; }
        public double? Score { get; }
        public override string ToString() { }
        public static Okr.Core.Confidence FromLevel(Okr.Core.ConfidenceLevel level) { }
        public static Okr.Core.Confidence FromScore(double score) { }
    }
    public enum ConfidenceLevel
    {
        Low = 0,
        Medium = 1,
        High = 2,
    }
    public sealed class KeyResult : System.IEquatable<Okr.Core.KeyResult>
    {
        public KeyResult() { }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.CheckIn> CheckIns { get; init; }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Checkpoint> Checkpoints { get; init; }
        public bool Derived { get; init; }
        public string? Description { get; init; }
        public System.Collections.Generic.IReadOnlyDictionary<string, string> Extensions { get; init; }
        public required string Id { get; init; }
        public required Okr.Core.Measure Measure { get; init; }
        public required string ObjectiveId { get; init; }
        public string? OwnerId { get; init; }
        public required string Title { get; init; }
        public double Weight { get; init; }
    }
    public abstract class Measure : System.IEquatable<Okr.Core.Measure>
    {
        public System.Collections.Generic.IReadOnlyDictionary<string, string> Extensions { get; init; }
        public static Okr.Core.ThresholdMeasure AtLeast(double limit, double? current = default, string? unit = null) { }
        public static Okr.Core.ThresholdMeasure AtMost(double limit, double? current = default, string? unit = null) { }
        public static Okr.Core.BaselineMeasure Baseline(string? unit = null) { }
        public static Okr.Core.MilestoneMeasure Binary(string title, bool done = false, System.DateOnly? doneOn = default) { }
        public static Okr.Core.MetricMeasure Metric(double start, double target, double? current = default, string? unit = null) { }
        public static Okr.Core.MilestoneMeasure Milestones(params Okr.Core.Milestone[] steps) { }
        public static Okr.Core.MilestoneMeasure Milestones([System.Runtime.CompilerServices.ParamCollection] System.Collections.Generic.IEnumerable<Okr.Core.Milestone> steps) { }
    }
    public sealed class MetricMeasure : Okr.Core.Measure, System.IEquatable<Okr.Core.MetricMeasure>
    {
        public MetricMeasure() { }
        public double? Current { get; init; }
        public bool IsDecreasing { get; }
        public required double Start { get; init; }
        public required double Target { get; init; }
        public string? Unit { get; init; }
    }
    public sealed class Milestone : System.IEquatable<Okr.Core.Milestone>
    {
        public Milestone() { }
        public bool Done { get; init; }
        public System.DateOnly? DoneOn { get; init; }
        public System.Collections.Generic.IReadOnlyDictionary<string, string> Extensions { get; init; }
        public required string Title { get; init; }
        public double Weight { get; init; }
        public bool IsDoneAsOf(System.DateOnly asOf) { }
    }
    public sealed class MilestoneMeasure : Okr.Core.Measure, System.IEquatable<Okr.Core.MilestoneMeasure>
    {
        public MilestoneMeasure() { }
        public bool IsBinary { get; }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Milestone> Steps { get; init; }
    }
    public sealed class Objective : System.IEquatable<Okr.Core.Objective>
    {
        public Objective() { }
        public Okr.Core.Commitment Commitment { get; init; }
        public string? Description { get; init; }
        public System.Collections.Generic.IReadOnlyDictionary<string, string> Extensions { get; init; }
        public required string Id { get; init; }
        public System.Collections.Generic.IReadOnlyList<string> LinkedKeyResultIds { get; init; }
        public double? ManualProgress { get; init; }
        public System.Collections.Generic.IReadOnlyList<string> OwnerIds { get; init; }
        public string? PeriodId { get; init; }
        public Okr.Core.ProgressSource ProgressSource { get; init; }
        public string? Strategy { get; init; }
        public required string Title { get; init; }
        public bool WeightByTarget { get; init; }
    }
    public readonly struct OkrProgress : System.IEquatable<Okr.Core.OkrProgress>
    {
        public OkrProgress(Okr.Core.OkrStep Step, double Fraction) { }
        public double Fraction { get; init; }
        public Okr.Core.OkrStep Step { get; init; }
    }
    public sealed class OkrSet : System.IEquatable<Okr.Core.OkrSet>
    {
        public OkrSet() { }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Alignment> Alignments { get; init; }
        public System.Collections.Generic.IReadOnlyDictionary<string, string> Extensions { get; init; }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.KeyResult> KeyResults { get; init; }
        public string? Name { get; init; }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Objective> Objectives { get; init; }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Owner> Owners { get; init; }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Period> Periods { get; init; }
        public static Okr.Core.OkrSet Empty { get; }
    }
    public sealed class OkrSetBuilder
    {
        public OkrSetBuilder() { }
        public Okr.Core.OkrSetBuilder AddCheckIn(string keyResultId, System.DateOnly date, double value, Okr.Core.Confidence? confidence = default, string? note = null) { }
        public Okr.Core.OkrSetBuilder AddKeyResult(Okr.Core.KeyResult keyResult) { }
        public Okr.Core.OkrSetBuilder AddKeyResult(string id, string title, string objectiveId, Okr.Core.Measure measure, string? ownerId = null, double weight = 1) { }
        public Okr.Core.OkrSetBuilder AddObjective(Okr.Core.Objective objective) { }
        public Okr.Core.OkrSetBuilder AddObjective(string id, string title, string? ownerId = null, string? periodId = null, Okr.Core.Commitment commitment = 0) { }
        public Okr.Core.OkrSetBuilder AddOwner(Okr.Core.Owner owner) { }
        public Okr.Core.OkrSetBuilder AddOwner(string id, string? name = null, Okr.Core.OwnerKind kind = 2, string? parentId = null) { }
        public Okr.Core.OkrSetBuilder AddPeriod(Okr.Core.Period period) { }
        public Okr.Core.OkrSetBuilder AddPeriod(string id, System.DateOnly start, System.DateOnly end, string? parentId = null) { }
        public Okr.Core.OkrSetBuilder Align(string childId, string parentId, Okr.Core.AlignmentKind kind, double weight = 1) { }
        public Okr.Core.OkrSet Build() { }
        public Okr.Core.OkrSetBuilder Cascade(string childId, string keyResultId, double weight = 1) { }
        public Okr.Core.OkrSetBuilder ContributeTo(string childId, string objectiveId, double weight = 1) { }
        public Okr.Core.OkrSetBuilder Localize(string childId, string objectiveId, double weight = 1) { }
        public Okr.Core.OkrSetBuilder Share(string childId, string parentId, double weight = 1) { }
        public Okr.Core.OkrSetBuilder WithName(string name) { }
    }
    public enum OkrStep
    {
        Reading = 0,
        Compiling = 1,
        Computing = 2,
        AnalyzingHealth = 3,
    }
    public sealed class Owner : System.IEquatable<Okr.Core.Owner>
    {
        public Owner() { }
        public System.Collections.Generic.IReadOnlyDictionary<string, string> Extensions { get; init; }
        public required string Id { get; init; }
        public Okr.Core.OwnerKind Kind { get; init; }
        public string? Name { get; init; }
        public string? ParentId { get; init; }
    }
    public enum OwnerKind
    {
        Company = 0,
        Department = 1,
        Team = 2,
        Individual = 3,
    }
    public sealed class Period : System.IEquatable<Okr.Core.Period>
    {
        public Period() { }
        public required System.DateOnly End { get; init; }
        public System.Collections.Generic.IReadOnlyDictionary<string, string> Extensions { get; init; }
        public required string Id { get; init; }
        public string? Name { get; init; }
        public string? ParentId { get; init; }
        public required System.DateOnly Start { get; init; }
        public bool Contains(Okr.Core.Period other) { }
        public bool Contains(System.DateOnly date) { }
        public static Okr.Core.Period Quarter(int year, int quarter, string? id = null, string? parentId = null) { }
        public static Okr.Core.Period Year(int year, string? id = null) { }
    }
    public enum ProgressSource
    {
        KeyResults = 0,
        Children = 1,
        Both = 2,
    }
    public enum ThresholdDirection
    {
        AtLeast = 0,
        AtMost = 1,
    }
    public sealed class ThresholdMeasure : Okr.Core.Measure, System.IEquatable<Okr.Core.ThresholdMeasure>
    {
        public ThresholdMeasure() { }
        public double? Current { get; init; }
        public required Okr.Core.ThresholdDirection Direction { get; init; }
        public required double Limit { get; init; }
        public string? Unit { get; init; }
        public bool IsMet(double value) { }
    }
}
namespace Okr.Core.Diagnostics
{
    public sealed class Diagnostic : System.IEquatable<Okr.Core.Diagnostics.Diagnostic>
    {
        public Diagnostic(string code, Okr.Core.Diagnostics.DiagnosticSeverity severity, string message, [System.Runtime.CompilerServices.ParamCollection] System.Collections.Generic.IEnumerable<string> ids) { }
        public Diagnostic(string code, Okr.Core.Diagnostics.DiagnosticSeverity severity, string message, params string[] ids) { }
        public string Code { get; }
        public long? Column { get; init; }
        public System.Collections.Generic.IReadOnlyList<string> Ids { get; init; }
        public bool IsError { get; }
        public long? Line { get; init; }
        public string Message { get; }
        public string? Path { get; init; }
        public Okr.Core.Diagnostics.DiagnosticSeverity Severity { get; }
        public override string ToString() { }
    }
    public static class DiagnosticCodes
    {
        public const string ActivityCount = "OKR0519";
        public const string AlignmentKindMismatch = "OKR0104";
        public const string AlignmentNeverCounts = "OKR0514";
        public const string AllMilestones = "OKR0520";
        public const string Ballooning = "OKR0504";
        public const string CheckInDateTaken = "OKR0403";
        public const string CheckInNotFinite = "OKR0404";
        public const string CheckInOutsidePeriod = "OKR0201";
        public const string CheckInTarget = "OKR0402";
        public const string CheckpointFractionOutOfRange = "OKR0208";
        public const string CheckpointOutsidePeriod = "OKR0205";
        public const string CheckpointsNotUsed = "OKR0207";
        public const string ConfidenceBand = "OKR0521";
        public const string ConfidenceFalling = "OKR0523";
        public const string ConfidenceOutOfRange = "OKR0202";
        public const string CsvBadHeader = "OKR0610";
        public const string CsvBadMap = "OKR0614";
        public const string CsvBadReference = "OKR0613";
        public const string CsvBadValue = "OKR0611";
        public const string CsvMissingValue = "OKR0612";
        public const string CsvNotExported = "OKR0615";
        public const string CurrentAndCheckIns = "OKR0206";
        public const string Cycle = "OKR0103";
        public const string DerivedWithoutChildren = "OKR0118";
        public const string DocumentTooLarge = "OKR0311";
        public const string DoneDateWithoutDone = "OKR0120";
        public const string DuplicateAlignment = "OKR0113";
        public const string DuplicateCheckInDate = "OKR0203";
        public const string DuplicateCheckpointDate = "OKR0204";
        public const string DuplicateId = "OKR0101";
        public const string DuplicateProperty = "OKR0305";
        public const string EmptyTitle = "OKR0114";
        public const string HierarchyCycle = "OKR0116";
        public const string ImportDuplicateId = "OKR0606";
        public const string ImportFileMissing = "OKR0601";
        public const string ImportFileUnreadable = "OKR0602";
        public const string ImportUnknownReference = "OKR0604";
        public const string ImportUnknownValue = "OKR0605";
        public const string ImportWrongShape = "OKR0603";
        public const string InvalidDate = "OKR0308";
        public const string InvalidExtension = "OKR0315";
        public const string InvalidJson = "OKR0301";
        public const string InvalidText = "OKR0312";
        public const string KeyResultUnderTwoObjectives = "OKR0110";
        public const string LevelSkip = "OKR0526";
        public const string LowConfidenceWithoutNote = "OKR0522";
        public const string MissingId = "OKR0112";
        public const string MissingProperty = "OKR0303";
        public const string MissingValue = "OKR0122";
        public const string NegativeManualProgress = "OKR0121";
        public const string NegativeWeight = "OKR0107";
        public const string NestingTooDeep = "OKR0310";
        public const string NoBaseline = "OKR0518";
        public const string NoCheckInToCorrect = "OKR0406";
        public const string NoMilestoneWeight = "OKR0117";
        public const string NoOwner = "OKR0509";
        public const string NotANumberString = "OKR0307";
        public const string NotFinite = "OKR0105";
        public const string NotStarted = "OKR0511";
        public const string NumberInObjective = "OKR0515";
        public const string NumberNotWritable = "OKR0314";
        public const string NumberOutOfRange = "OKR0306";
        public const string ObjectiveLength = "OKR0517";
        public const string Orphan = "OKR0508";
        public const string OutputHeavy = "OKR0506";
        public const string OutputObjective = "OKR0516";
        public const string OwnerOverloaded = "OKR0501";
        public const string PeriodEndsBeforeStart = "OKR0111";
        public const string PeriodMismatch = "OKR0512";
        public const string PeriodOutsideParent = "OKR0108";
        public const string ProgressOutOfRange = "OKR0124";
        public const string RedundantLink = "OKR0119";
        public const string SilentGreen = "OKR0524";
        public const string Silo = "OKR0505";
        public const string Stale = "OKR0510";
        public const string StartEqualsTarget = "OKR0106";
        public const string StrategyResultNotFinite = "OKR0405";
        public const string SuspiciousExtension = "OKR0313";
        public const string TooDeep = "OKR0513";
        public const string TooFewKeyResults = "OKR0502";
        public const string TooManyDiagnostics = "OKR0317";
        public const string TooManyKeyResults = "OKR0503";
        public const string TooManyStrategies = "OKR0407";
        public const string TrendingOffTrack = "OKR0525";
        public const string UndefinedEnumValue = "OKR0123";
        public const string UnknownEnumValue = "OKR0309";
        public const string UnknownReference = "OKR0102";
        public const string UnknownStrategy = "OKR0401";
        public const string UnsupportedFormat = "OKR0304";
        public const string ValueNotWritable = "OKR0316";
        public const string VerbatimCascade = "OKR0507";
        public const string WrongJsonType = "OKR0302";
        public const string WrongReferenceKind = "OKR0115";
    }
    public enum DiagnosticSeverity
    {
        Info = 0,
        Warning = 1,
        Error = 2,
    }
    public sealed class OkrValidationException : System.Exception
    {
        public OkrValidationException(System.Collections.Generic.IEnumerable<Okr.Core.Diagnostics.Diagnostic> diagnostics) { }
        public OkrValidationException(string subject, System.Collections.Generic.IEnumerable<Okr.Core.Diagnostics.Diagnostic> diagnostics, System.Exception? innerException = null) { }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Diagnostics.Diagnostic> Diagnostics { get; }
        public string Subject { get; }
    }
}
namespace Okr.Core.Graph
{
    public sealed class CompileResult
    {
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Diagnostics.Diagnostic> Diagnostics { get; }
        public System.Collections.Generic.IEnumerable<Okr.Core.Diagnostics.Diagnostic> Errors { get; }
        public Okr.Core.Graph.OkrGraph? Graph { get; }
        public bool Succeeded { get; }
        public System.Collections.Generic.IEnumerable<Okr.Core.Diagnostics.Diagnostic> Warnings { get; }
        public Okr.Core.Graph.OkrGraph ThrowIfFailed() { }
    }
    public enum EdgeKind
    {
        KeyResult = 0,
        LinkedKeyResult = 1,
        Cascaded = 2,
        Localized = 3,
        BottomUp = 4,
        Shared = 5,
    }
    public readonly struct GraphEdge : System.IEquatable<Okr.Core.Graph.GraphEdge>
    {
        public GraphEdge(Okr.Core.Graph.OkrNode Child, Okr.Core.Graph.OkrNode Parent, Okr.Core.Graph.EdgeKind Kind, double Weight) { }
        public Okr.Core.Graph.OkrNode Child { get; init; }
        public Okr.Core.Graph.EdgeKind Kind { get; init; }
        public Okr.Core.Graph.OkrNode Parent { get; init; }
        public double Weight { get; init; }
    }
    public enum NodeKind
    {
        Objective = 0,
        KeyResult = 1,
    }
    public static class OkrCompiler
    {
        public static Okr.Core.Graph.CompileResult Compile(this Okr.Core.OkrSet set) { }
        public static Okr.Core.Graph.CompileResult Compile(this Okr.Core.OkrSet set, System.IProgress<Okr.Core.OkrProgress>? progress, System.Threading.CancellationToken cancellationToken = default) { }
    }
    public sealed class OkrGraph
    {
        public int EdgeCount { get; }
        public System.Collections.Generic.IEnumerable<Okr.Core.Graph.GraphEdge> Edges { get; }
        public Okr.Core.Graph.OkrNode this[string id] { get; }
        public int KeyResultCount { get; }
        public int NodeCount { get; }
        public Okr.Core.Graph.OkrNodeList Nodes { get; }
        public int ObjectiveCount { get; }
        public Okr.Core.Graph.OkrNodeList Roots { get; }
        public Okr.Core.OkrSet Set { get; }
        public bool Contains(string id) { }
        public bool TryGetNode(string id, out Okr.Core.Graph.OkrNode node) { }
    }
    public readonly struct OkrNode : System.IEquatable<Okr.Core.Graph.OkrNode>
    {
        public Okr.Core.Graph.OkrNodeList Children { get; }
        public int Depth { get; }
        public Okr.Core.Graph.OkrGraph Graph { get; }
        public string Id { get; }
        public int Index { get; }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Graph.GraphEdge> InputEdges { get; }
        public Okr.Core.KeyResult? KeyResult { get; }
        public Okr.Core.Graph.NodeKind Kind { get; }
        public Okr.Core.Objective? Objective { get; }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Graph.GraphEdge> OutputEdges { get; }
        public Okr.Core.Graph.OkrNodeList Parents { get; }
        public string Title { get; }
        public Okr.Core.Graph.OkrNodeList Ancestors() { }
        public Okr.Core.Graph.OkrNodeList Descendants() { }
        public bool Equals(Okr.Core.Graph.OkrNode other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public Okr.Core.Graph.OkrNodeList ImpactSet() { }
        public override string ToString() { }
        public static bool operator !=(Okr.Core.Graph.OkrNode left, Okr.Core.Graph.OkrNode right) { }
        public static bool operator ==(Okr.Core.Graph.OkrNode left, Okr.Core.Graph.OkrNode right) { }
    }
    public readonly struct OkrNodeList : System.Collections.Generic.IEnumerable<Okr.Core.Graph.OkrNode>, System.Collections.Generic.IReadOnlyCollection<Okr.Core.Graph.OkrNode>, System.Collections.Generic.IReadOnlyList<Okr.Core.Graph.OkrNode>, System.Collections.IEnumerable
    {
        public int Count { get; }
        public Okr.Core.Graph.OkrNode this[int position] { get; }
        public Okr.Core.Graph.OkrNodeList.Enumerator GetEnumerator() { }
        public string[] Ids() { }
        public struct Enumerator : System.Collections.Generic.IEnumerator<Okr.Core.Graph.OkrNode>, System.Collections.IEnumerator, System.IDisposable
        {
            public Okr.Core.Graph.OkrNode Current { get; }
            public void Dispose() { }
            public bool MoveNext() { }
            public void Reset() { }
        }
    }
}
namespace Okr.Core.Health
{
    public sealed class AlignmentGap : System.IEquatable<Okr.Core.Health.AlignmentGap>
    {
        public AlignmentGap() { }
        public required int Count { get; init; }
        public System.Collections.Generic.IReadOnlyList<string> Ids { get; init; }
        public required Okr.Core.Health.AlignmentGapKind Kind { get; init; }
        public required double Points { get; init; }
    }
    public enum AlignmentGapKind
    {
        NoCompanyAnchor = 0,
        Orphans = 1,
        ObjectivesWithoutKeyResults = 2,
        LevelSkips = 3,
        IsolatedDepartments = 4,
    }
    public sealed class AlignmentScore : System.IEquatable<Okr.Core.Health.AlignmentScore>
    {
        public AlignmentScore() { }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Health.AlignmentGap> Gaps { get; init; }
        public required double Score { get; init; }
    }
    public sealed class AlignmentScoreWeight : System.IEquatable<Okr.Core.Health.AlignmentScoreWeight>
    {
        public AlignmentScoreWeight(double perGap, double max) { }
        public double Max { get; }
        public double PerGap { get; }
    }
    public static class HealthAnalyzer
    {
        public static System.Collections.Generic.IReadOnlyList<string> BuiltInRules { get; }
        public static System.Collections.Generic.IReadOnlyList<Okr.Core.Health.IHealthRule> Rules { get; }
        public static Okr.Core.Health.HealthReport AnalyzeHealth(this Okr.Core.Graph.OkrGraph graph, System.DateOnly asOf, Okr.Core.Health.HealthOptions? options = null) { }
        public static Okr.Core.Health.HealthReport AnalyzeHealth(this Okr.Core.Graph.OkrGraph graph, System.DateOnly asOf, Okr.Core.Health.HealthOptions? options, System.IProgress<Okr.Core.OkrProgress>? progress, System.Threading.CancellationToken cancellationToken = default) { }
    }
    public sealed class HealthFinding : System.IEquatable<Okr.Core.Health.HealthFinding>
    {
        public HealthFinding(string code, Okr.Core.Diagnostics.DiagnosticSeverity severity, string message, string suggestion, System.Collections.Generic.IEnumerable<string> ids) { }
        public string Code { get; }
        public System.Collections.Generic.IReadOnlyDictionary<string, string> Data { get; init; }
        public System.Collections.Generic.IReadOnlyList<string> Ids { get; init; }
        public string Message { get; }
        public string? Path { get; init; }
        public Okr.Core.Diagnostics.DiagnosticSeverity Severity { get; }
        public string Suggestion { get; }
        public Okr.Core.Diagnostics.Diagnostic ToDiagnostic() { }
        public override string ToString() { }
    }
    public sealed class HealthLevel : System.IEquatable<Okr.Core.Health.HealthLevel>
    {
        public HealthLevel() { }
        public required double? GrowthFactor { get; init; }
        public required int KeyResults { get; init; }
        public required double? KeyResultsPerOwner { get; init; }
        public required int Level { get; init; }
        public required int? MaxKeyResultsPerOwner { get; init; }
        public required string? MostLoadedOwnerId { get; init; }
        public required int Objectives { get; init; }
        public required int Owners { get; init; }
    }
    public sealed class HealthMetrics : System.IEquatable<Okr.Core.Health.HealthMetrics>
    {
        public HealthMetrics() { }
        public required double? AlignmentCoverage { get; init; }
        public required int Alignments { get; init; }
        public required double? BottomUpShare { get; init; }
        public required double? CascadedShare { get; init; }
        public required int DeepestLevel { get; init; }
        public required int KeyResults { get; init; }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Health.HealthLevel> Levels { get; init; }
        public required int LoadedOwners { get; init; }
        public required double? LocalizedShare { get; init; }
        public required int MaxObjectivesPerOwner { get; init; }
        public required double? MeanObjectivesPerOwner { get; init; }
        public required string? MostLoadedOwnerId { get; init; }
        public required int Objectives { get; init; }
        public required double? SharedShare { get; init; }
        public required int TopLevelObjectives { get; init; }
    }
    public sealed class HealthOptions : System.IEquatable<Okr.Core.Health.HealthOptions>
    {
        public HealthOptions() { }
        public System.Collections.Generic.IReadOnlyList<string> ActivityWords { get; init; }
        public double BallooningGrowthFactor { get; init; }
        public int BallooningSustainedLevels { get; init; }
        public System.Collections.Generic.IReadOnlyList<string> DisabledRules { get; init; }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Health.IHealthRule> ExtraRules { get; init; }
        public int FallingConfidenceCheckIns { get; init; }
        public double HighLevelScore { get; init; }
        public Okr.Core.Health.AlignmentScoreWeight IsolatedDepartmentWeight { get; init; }
        public bool KeyResultsInheritOwner { get; init; }
        public Okr.Core.Health.AlignmentScoreWeight LevelSkipWeight { get; init; }
        public double LowConfidence { get; init; }
        public double LowLevelScore { get; init; }
        public double MaxAverageConfidence { get; init; }
        public int MaxKeyResultsPerObjective { get; init; }
        public int MaxLevels { get; init; }
        public int MaxObjectiveWords { get; init; }
        public int MaxObjectivesPerOwner { get; init; }
        public double MaxOutputShare { get; init; }
        public double MediumLevelScore { get; init; }
        public double MinAverageConfidence { get; init; }
        public int MinConfidenceSample { get; init; }
        public int MinKeyResultsPerObjective { get; init; }
        public int MinObjectiveWords { get; init; }
        public Okr.Core.Health.AlignmentScoreWeight NoCompanyAnchorWeight { get; init; }
        public Okr.Core.Health.AlignmentScoreWeight NoKeyResultsWeight { get; init; }
        public int NotStartedAfterDays { get; init; }
        public Okr.Core.Health.AlignmentScoreWeight OrphanWeight { get; init; }
        public System.Collections.Generic.IReadOnlyList<string> OutcomeWords { get; init; }
        public System.Collections.Generic.IReadOnlyList<string> OutputVerbs { get; init; }
        public int StaleAfterDays { get; init; }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.OwnerKind> TopLevelOwnerKinds { get; init; }
        public System.Collections.Generic.IReadOnlyList<string> WorkUnits { get; init; }
        public static Okr.Core.Health.HealthOptions Default { get; }
        public bool IsEnabled(string code) { }
        public bool IsTopLevelKind(Okr.Core.OwnerKind kind) { }
    }
    public sealed class HealthReport : System.IEquatable<Okr.Core.Health.HealthReport>
    {
        public HealthReport() { }
        public Okr.Core.Health.AlignmentScore? AlignmentScore { get; init; }
        public required System.DateOnly AsOf { get; init; }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Health.HealthFinding> Findings { get; init; }
        public bool IsHealthy { get; }
        public required Okr.Core.Health.HealthMetrics Metrics { get; init; }
        public System.Collections.Generic.IEnumerable<Okr.Core.Health.HealthFinding> FindingsWithCode(string code) { }
    }
    public sealed class HealthRuleContext
    {
        public System.DateOnly AsOf { get; }
        public Okr.Core.Graph.OkrGraph Graph { get; }
        public Okr.Core.Health.HealthOptions Options { get; }
    }
    public interface IHealthRule
    {
        string Code { get; }
        Okr.Core.Diagnostics.DiagnosticSeverity DefaultSeverity { get; }
        System.Collections.Generic.IEnumerable<Okr.Core.Health.HealthFinding> Analyze(Okr.Core.Health.HealthRuleContext context);
    }
    public readonly struct KeyResultReview : System.IEquatable<Okr.Core.Health.KeyResultReview>
    {
        public KeyResultReview(string Id, double? Score, Okr.Core.Health.KeyResultScoreNote Note) { }
        public string Id { get; init; }
        public Okr.Core.Health.KeyResultScoreNote Note { get; init; }
        public double? Score { get; init; }
    }
    public enum KeyResultScoreNote
    {
        NotMeasured = 0,
        TooSafe = 1,
        IntendedLevel = 2,
        Partial = 3,
        DisconnectedFromCapacity = 4,
    }
    public sealed class PeriodReview : System.IEquatable<Okr.Core.Health.PeriodReview>
    {
        public PeriodReview() { }
        public required System.DateOnly AsOf { get; init; }
        public double? AverageScore { get; init; }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Health.KeyResultReview> KeyResults { get; init; }
        public required string PeriodId { get; init; }
        public required Okr.Core.Health.PortfolioVerdict Verdict { get; init; }
    }
    public sealed class PeriodReviewOptions : System.IEquatable<Okr.Core.Health.PeriodReviewOptions>
    {
        public PeriodReviewOptions() { }
        public double DisconnectedScore { get; init; }
        public double HealthyAverage { get; init; }
        public double IntendedScore { get; init; }
        public double PartialAverage { get; init; }
        public double TooSafeAverage { get; init; }
        public double TooSafeScore { get; init; }
        public static Okr.Core.Health.PeriodReviewOptions Default { get; }
    }
    public static class PeriodReviewer
    {
        public static Okr.Core.Health.PeriodReview ReviewPeriod(this Okr.Core.Rollup.RollupResult result, string periodId, Okr.Core.Health.PeriodReviewOptions? options = null) { }
    }
    public enum PortfolioVerdict
    {
        NotMeasured = 0,
        TargetsTooSafe = 1,
        Healthy = 2,
        Partial = 3,
        OutranCapacity = 4,
    }
}
namespace Okr.Core.Results
{
    public static class OkrResultsJson
    {
        public const string FormatVersion = "okr-results/2";
        public static string Write(Okr.Core.Rollup.RollupResult result, Okr.Core.Serialization.OkrJsonOptions? options = null) { }
        public static string Write(Okr.Core.Rollup.RollupResult result, Okr.Core.Health.HealthReport health, Okr.Core.Serialization.OkrJsonOptions? options = null) { }
        public static void Write(Okr.Core.Rollup.RollupResult result, System.IO.Stream utf8Json, Okr.Core.Serialization.OkrJsonOptions? options = null) { }
        public static void Write(Okr.Core.Rollup.RollupResult result, Okr.Core.Health.HealthReport health, System.IO.Stream utf8Json, Okr.Core.Serialization.OkrJsonOptions? options = null) { }
        public static System.Threading.Tasks.Task WriteAsync(Okr.Core.Rollup.RollupResult result, System.IO.Stream utf8Json, Okr.Core.Serialization.OkrJsonOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task WriteFileAsync(Okr.Core.Rollup.RollupResult result, string path, Okr.Core.Serialization.OkrJsonOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
    }
}
namespace Okr.Core.Rollup
{
    public readonly struct Contribution : System.IEquatable<Okr.Core.Rollup.Contribution>
    {
        public Contribution(Okr.Core.Graph.OkrNode Ancestor, double Weight) { }
        public Okr.Core.Graph.OkrNode Ancestor { get; init; }
        public double Weight { get; init; }
    }
    public readonly struct ContributionShare : System.IEquatable<Okr.Core.Rollup.ContributionShare>
    {
        public ContributionShare(Okr.Core.Graph.OkrNode Parent, double Share) { }
        public Okr.Core.Graph.OkrNode Parent { get; init; }
        public double Share { get; init; }
    }
    public interface IRollupStrategy
    {
        string Name { get; }
        double Combine(System.ReadOnlySpan<Okr.Core.Rollup.RollupInput> inputs);
    }
    public readonly struct KeyResultCheckIn : System.IEquatable<Okr.Core.Rollup.KeyResultCheckIn>
    {
        public KeyResultCheckIn(string KeyResultId, Okr.Core.CheckIn CheckIn) { }
        public Okr.Core.CheckIn CheckIn { get; init; }
        public string KeyResultId { get; init; }
    }
    public readonly struct NodeProgress : System.IEquatable<Okr.Core.Rollup.NodeProgress>
    {
        public NodeProgress(Okr.Core.Graph.OkrNode Node, double? Progress, double? RawProgress, Okr.Core.Rollup.Provenance Provenance, double ExpectedProgress, Okr.Core.Scoring.ProgressStatus Status, Okr.Core.Scoring.Grade? Grade) { }
        public double ExpectedProgress { get; init; }
        public Okr.Core.Scoring.Grade? Grade { get; init; }
        public Okr.Core.Graph.OkrNode Node { get; init; }
        public double? Progress { get; init; }
        public Okr.Core.Rollup.Provenance Provenance { get; init; }
        public double? RawProgress { get; init; }
        public Okr.Core.Scoring.ProgressStatus Status { get; init; }
    }
    public enum Provenance
    {
        NotMeasured = 0,
        Measured = 1,
        Derived = 2,
        Manual = 3,
    }
    public static class RollupEngine
    {
        public static Okr.Core.Rollup.RollupState CreateRollupState(this Okr.Core.Graph.OkrGraph graph, System.DateOnly asOf, Okr.Core.Rollup.RollupOptions? options = null) { }
        public static Okr.Core.Rollup.RollupState CreateRollupState(this Okr.Core.Graph.OkrGraph graph, System.DateOnly asOf, Okr.Core.Rollup.RollupOptions? options, System.IProgress<Okr.Core.OkrProgress>? progress, System.Threading.CancellationToken cancellationToken = default) { }
        public static Okr.Core.Rollup.RollupResult Rollup(this Okr.Core.Graph.OkrGraph graph, System.DateOnly asOf, Okr.Core.Rollup.RollupOptions? options = null) { }
        public static Okr.Core.Rollup.RollupResult Rollup(this Okr.Core.Graph.OkrGraph graph, System.DateOnly asOf, Okr.Core.Rollup.RollupOptions? options, System.IProgress<Okr.Core.OkrProgress>? progress, System.Threading.CancellationToken cancellationToken = default) { }
    }
    public readonly struct RollupInput : System.IEquatable<Okr.Core.Rollup.RollupInput>
    {
        public RollupInput(double Progress, double Weight) { }
        public double Progress { get; init; }
        public double Weight { get; init; }
    }
    public sealed class RollupOptions : System.IEquatable<Okr.Core.Rollup.RollupOptions>
    {
        public RollupOptions() { }
        public Okr.Core.Rollup.IRollupStrategy DefaultStrategy { get; init; }
        public Okr.Core.Scoring.ScoringOptions Scoring { get; init; }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Rollup.IRollupStrategy> Strategies { get; init; }
        public static Okr.Core.Rollup.RollupOptions Default { get; }
        public Okr.Core.Rollup.IRollupStrategy? FindStrategy(string name) { }
        public Okr.Core.Rollup.RollupOptions WithStrategy(Okr.Core.Rollup.IRollupStrategy strategy) { }
    }
    public sealed class RollupResult
    {
        public System.DateOnly AsOf { get; }
        public Okr.Core.Graph.OkrGraph Graph { get; }
        public Okr.Core.Rollup.NodeProgress this[Okr.Core.Graph.OkrNode node] { get; }
        public Okr.Core.Rollup.NodeProgress this[string id] { get; }
        public System.Collections.Generic.IEnumerable<Okr.Core.Rollup.NodeProgress> Nodes { get; }
        public Okr.Core.Rollup.RollupOptions Options { get; }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Rollup.Contribution> GetContributions(Okr.Core.Graph.OkrNode node) { }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Rollup.ContributionShare> GetShares(Okr.Core.Graph.OkrNode node) { }
    }
    public sealed class RollupState
    {
        public long AppliedCheckIns { get; }
        public System.DateOnly AsOf { get; }
        public long CorrectedCheckIns { get; }
        public Okr.Core.Graph.OkrGraph Graph { get; }
        public Okr.Core.Rollup.NodeProgress this[Okr.Core.Graph.OkrNode node] { get; }
        public Okr.Core.Rollup.NodeProgress this[string id] { get; }
        public void ApplyCheckIn(string keyResultId, Okr.Core.CheckIn checkIn) { }
        public void ApplyCheckIns(System.Collections.Generic.IEnumerable<Okr.Core.Rollup.KeyResultCheckIn> checkIns) { }
        public void CorrectCheckIn(string keyResultId, Okr.Core.CheckIn checkIn) { }
        public Okr.Core.KeyResult GetKeyResult(Okr.Core.Graph.OkrNode node) { }
        public void Recompute() { }
        public Okr.Core.Rollup.RollupResult ToResult() { }
        public Okr.Core.OkrSet ToSet() { }
    }
    public static class RollupStrategies
    {
        public static System.Collections.Generic.IReadOnlyList<Okr.Core.Rollup.IRollupStrategy> BuiltIn { get; }
        public static Okr.Core.Rollup.IRollupStrategy Mean { get; }
        public static Okr.Core.Rollup.IRollupStrategy Minimum { get; }
        public static Okr.Core.Rollup.IRollupStrategy Sum { get; }
        public static Okr.Core.Rollup.IRollupStrategy WeightedMean { get; }
    }
}
namespace Okr.Core.Scoring
{
    public sealed class Forecast : System.IEquatable<Okr.Core.Scoring.Forecast>
    {
        public System.DateOnly Date { get; }
        public int PointCount { get; }
        public double? ProjectedProgress { get; }
        public double ProjectedValue { get; }
        public double SlopePerDay { get; }
        public override string ToString() { }
    }
    public enum Grade
    {
        Red = 0,
        Yellow = 1,
        Green = 2,
    }
    public sealed class GradeBands : System.IEquatable<Okr.Core.Scoring.GradeBands>
    {
        public GradeBands(double yellowFrom, double greenFrom) { }
        public double GreenFrom { get; }
        public double YellowFrom { get; }
        public static Okr.Core.Scoring.GradeBands AspirationalDefault { get; }
        public static Okr.Core.Scoring.GradeBands CommittedDefault { get; }
        public Okr.Core.Scoring.Grade GradeOf(double progress) { }
    }
    public enum ProgressStatus
    {
        NoData = 0,
        NotStarted = 1,
        OnTrack = 2,
        Behind = 3,
        AtRisk = 4,
        Achieved = 5,
    }
    public static class Scorer
    {
        public static Okr.Core.Confidence? ConfidenceAsOf(Okr.Core.KeyResult keyResult, System.DateOnly asOf) { }
        public static double ExpectedProgress(Okr.Core.Period period, System.DateOnly asOf) { }
        public static double ExpectedProgress(Okr.Core.KeyResult keyResult, Okr.Core.Period period, System.DateOnly asOf) { }
        public static Okr.Core.Scoring.Forecast? Forecast(Okr.Core.KeyResult keyResult, Okr.Core.Period period, System.DateOnly asOf) { }
        public static Okr.Core.Scoring.Grade GradeOf(double progress, Okr.Core.Commitment commitment, Okr.Core.Scoring.ScoringOptions? options = null) { }
        public static double? Progress(Okr.Core.KeyResult keyResult, System.DateOnly asOf, Okr.Core.Scoring.ScoringOptions? options = null) { }
        public static double? RawProgress(Okr.Core.KeyResult keyResult, System.DateOnly asOf) { }
        public static Okr.Core.Scoring.ProgressStatus Status(Okr.Core.KeyResult keyResult, Okr.Core.Period period, System.DateOnly asOf, Okr.Core.Scoring.ScoringOptions? options = null) { }
        public static Okr.Core.Scoring.ProgressStatus Status(double? progress, double expected, Okr.Core.Period? period, System.DateOnly asOf, Okr.Core.Scoring.ScoringOptions? options = null) { }
        public static double? ValueAsOf(Okr.Core.KeyResult keyResult, System.DateOnly asOf) { }
    }
    public sealed class ScoringOptions : System.IEquatable<Okr.Core.Scoring.ScoringOptions>
    {
        public ScoringOptions() { }
        public Okr.Core.Scoring.GradeBands AspirationalBands { get; init; }
        public double AtRiskGap { get; init; }
        public double ClampMaximum { get; }
        public Okr.Core.Scoring.GradeBands CommittedBands { get; init; }
        public double? OverAchievementCap { get; init; }
        public static Okr.Core.Scoring.ScoringOptions Default { get; }
        public Okr.Core.Scoring.GradeBands BandsFor(Okr.Core.Commitment commitment) { }
        public double Clamp(double rawProgress) { }
    }
}
namespace Okr.Core.Serialization
{
    public static class OkrJson
    {
        public const string FormatVersion = "okr/1";
        public static Okr.Core.OkrSet Read(System.IO.Stream utf8Json, Okr.Core.Serialization.OkrJsonOptions? options = null) { }
        public static Okr.Core.OkrSet Read(string json, Okr.Core.Serialization.OkrJsonOptions? options = null) { }
        public static Okr.Core.OkrSet Read(System.IO.Stream utf8Json, Okr.Core.Serialization.OkrJsonOptions? options, System.IProgress<Okr.Core.OkrProgress>? progress, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<Okr.Core.OkrSet> ReadAsync(System.IO.Stream utf8Json, Okr.Core.Serialization.OkrJsonOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public static Okr.Core.OkrSet ReadFile(string path, Okr.Core.Serialization.OkrJsonOptions? options = null) { }
        public static System.Threading.Tasks.Task<Okr.Core.OkrSet> ReadFileAsync(string path, Okr.Core.Serialization.OkrJsonOptions? options = null, System.IProgress<Okr.Core.OkrProgress>? progress = null, System.Threading.CancellationToken cancellationToken = default) { }
        public static Okr.Core.Serialization.OkrJsonReadResult TryRead(System.IO.Stream utf8Json, Okr.Core.Serialization.OkrJsonOptions? options = null) { }
        public static Okr.Core.Serialization.OkrJsonReadResult TryRead(string json, Okr.Core.Serialization.OkrJsonOptions? options = null) { }
        public static Okr.Core.Serialization.OkrJsonReadResult TryRead(System.IO.Stream utf8Json, Okr.Core.Serialization.OkrJsonOptions? options, System.IProgress<Okr.Core.OkrProgress>? progress, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<Okr.Core.Serialization.OkrJsonReadResult> TryReadAsync(System.IO.Stream utf8Json, Okr.Core.Serialization.OkrJsonOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public static System.Threading.Tasks.Task<Okr.Core.Serialization.OkrJsonReadResult> TryReadAsync(System.IO.Stream utf8Json, Okr.Core.Serialization.OkrJsonOptions? options, System.IProgress<Okr.Core.OkrProgress>? progress, System.Threading.CancellationToken cancellationToken = default) { }
        public static Okr.Core.Serialization.OkrJsonReadResult TryReadFile(string path, Okr.Core.Serialization.OkrJsonOptions? options = null) { }
        public static System.Threading.Tasks.Task<Okr.Core.Serialization.OkrJsonReadResult> TryReadFileAsync(string path, Okr.Core.Serialization.OkrJsonOptions? options = null, System.IProgress<Okr.Core.OkrProgress>? progress = null, System.Threading.CancellationToken cancellationToken = default) { }
        public static string Write(Okr.Core.OkrSet set, Okr.Core.Serialization.OkrJsonOptions? options = null) { }
        public static void Write(Okr.Core.OkrSet set, System.IO.Stream utf8Json, Okr.Core.Serialization.OkrJsonOptions? options = null) { }
        public static System.Threading.Tasks.Task WriteAsync(Okr.Core.OkrSet set, System.IO.Stream utf8Json, Okr.Core.Serialization.OkrJsonOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
        public static void WriteFile(Okr.Core.OkrSet set, string path, Okr.Core.Serialization.OkrJsonOptions? options = null) { }
        public static System.Threading.Tasks.Task WriteFileAsync(Okr.Core.OkrSet set, string path, Okr.Core.Serialization.OkrJsonOptions? options = null, System.Threading.CancellationToken cancellationToken = default) { }
    }
    public sealed class OkrJsonOptions : System.IEquatable<Okr.Core.Serialization.OkrJsonOptions>
    {
        public const int DefaultMaxDiagnostics = 1000;
        public const long DefaultMaxDocumentBytes = 268435456;
        public const int DefaultMaxNesting = 64;
        public OkrJsonOptions() { }
        public bool Indented { get; init; }
        public int MaxDiagnostics { get; init; }
        public long MaxDocumentBytes { get; init; }
        public int MaxNesting { get; init; }
        public static Okr.Core.Serialization.OkrJsonOptions Default { get; }
    }
    public sealed class OkrJsonReadResult
    {
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Diagnostics.Diagnostic> Diagnostics { get; }
        public Okr.Core.OkrSet? Set { get; }
        public bool Succeeded { get; }
        public System.Collections.Generic.IReadOnlyList<Okr.Core.Diagnostics.Diagnostic> Locate(System.Collections.Generic.IEnumerable<Okr.Core.Diagnostics.Diagnostic> diagnostics) { }
        public Okr.Core.OkrSet ThrowIfFailed() { }
    }
}