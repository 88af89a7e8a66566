using Okr.Core.Rollup;
using Okr.Core.Health;
namespace Okr.Core.Diagnostics;

/// <summary>
/// The one catalogue of the stable codes Okr.Core reports, grouped by range: OKR01xx the model and its graph,
/// OKR02xx check-ins and checkpoints, OKR03xx the okr/1 document, OKR04xx rollup and live check-ins, OKR05xx
/// alignment health. Each code has one cause and is documented in <c>docs/diagnostics.md</c>. Codes never change
/// meaning; retired codes are never reused.
/// </summary>
public static class DiagnosticCodes
{
    // OKR01xx: the model and its graph (compile).

    /// <summary>Two owners, two periods, or two objectives or key results share an id.</summary>
    public const string DuplicateId = "OKR0101";

    /// <summary>An id refers to nothing: an unknown owner, period, objective or key result.</summary>
    public const string UnknownReference = "OKR0102";

    /// <summary>Alignments and key results form a cycle; the diagnostic lists the ids around it.</summary>
    public const string Cycle = "OKR0103";

    /// <summary>An alignment's kind does not fit its parent (cascaded needs a key result; localized and bottom-up need an objective).</summary>
    public const string AlignmentKindMismatch = "OKR0104";

    /// <summary>A number is NaN or infinite.</summary>
    public const string NotFinite = "OKR0105";

    /// <summary>A metric's start equals its target, so progress cannot be computed (use a threshold instead).</summary>
    public const string StartEqualsTarget = "OKR0106";

    /// <summary>A weight is below 0.</summary>
    public const string NegativeWeight = "OKR0107";

    /// <summary>A period does not lie within its parent period.</summary>
    public const string PeriodOutsideParent = "OKR0108";

    // OKR0109 (an objective without an owner) is retired: OKR0509, a health finding, reports it.

    /// <summary>One key result id is defined under two objectives; link it from the second objective instead.</summary>
    public const string KeyResultUnderTwoObjectives = "OKR0110";

    /// <summary>A period ends before it starts.</summary>
    public const string PeriodEndsBeforeStart = "OKR0111";

    /// <summary>An id is missing, empty or white space.</summary>
    public const string MissingId = "OKR0112";

    /// <summary>The same child is aligned to the same parent twice.</summary>
    public const string DuplicateAlignment = "OKR0113";

    /// <summary>An objective or key result has an empty title (a warning).</summary>
    public const string EmptyTitle = "OKR0114";

    /// <summary>An id names the wrong kind of thing (an alignment child that is a key result, a linked id that is an objective).</summary>
    public const string WrongReferenceKind = "OKR0115";

    /// <summary>Owners or periods form a cycle through their parent ids.</summary>
    public const string HierarchyCycle = "OKR0116";

    /// <summary>A milestone measure has no steps, or its steps' weights add up to 0.</summary>
    public const string NoMilestoneWeight = "OKR0117";

    /// <summary>A derived key result has no objective cascaded from it, so it is never measured (a warning).</summary>
    public const string DerivedWithoutChildren = "OKR0118";

    /// <summary>An objective links a key result twice, or links one of its own key results; the extra link is ignored (a warning).</summary>
    public const string RedundantLink = "OKR0119";

    /// <summary>A milestone has a done date but is not done; the date is ignored (a warning).</summary>
    public const string DoneDateWithoutDone = "OKR0120";

    /// <summary>A manual progress is below 0.</summary>
    public const string NegativeManualProgress = "OKR0121";

    /// <summary>
    /// A value the model needs is missing: a null entry in any list (an owner, objective, alignment, check-in, owner id...),
    /// a null title, or a key result without a measure.
    /// </summary>
    public const string MissingValue = "OKR0122";
    /// <summary>
    /// An enum property holds a number none of its members names (for example <c>(Commitment)9</c>), which no
    /// later step can interpret.
    /// </summary>
    public const string UndefinedEnumValue = "OKR0123";
    /// <summary>
    /// A metric's value (current, check-in or checkpoint) lies so far from its start, measured in distances from start
    /// to target, that its progress exceeds the largest double (about 1.7976931348623157E+308).
    /// </summary>
    public const string ProgressOutOfRange = "OKR0124";

    // OKR02xx: check-ins and checkpoints (compile).

    /// <summary>A check-in is dated outside its objective's period (a warning: the value is kept and used for dates after it).</summary>
    public const string CheckInOutsidePeriod = "OKR0201";

    /// <summary>
    /// A confidence score lies outside [0, 1] or is not a number, a confidence level is not one of low, medium, high, or a
    /// confidence has neither (<c>default(Confidence)</c>).
    /// </summary>
    public const string ConfidenceOutOfRange = "OKR0202";

    /// <summary>Two check-ins of one key result share a date, so the value on that day is ambiguous.</summary>
    public const string DuplicateCheckInDate = "OKR0203";

    /// <summary>Two checkpoints of one key result share a date, so the expected value on that day is ambiguous.</summary>
    public const string DuplicateCheckpointDate = "OKR0204";

    /// <summary>A checkpoint is dated outside its objective's period (a warning: it is not used for expected progress).</summary>
    public const string CheckpointOutsidePeriod = "OKR0205";

    /// <summary>A measure has both a current value and check-ins; the check-ins win and the current value is not used (a warning).</summary>
    public const string CurrentAndCheckIns = "OKR0206";

    /// <summary>
    /// A threshold or baseline key result has checkpoints; they have no progress scale, so expected progress stays linear
    /// and the checkpoints are not used (a warning).
    /// </summary>
    public const string CheckpointsNotUsed = "OKR0207";

    /// <summary>A milestone key result has a checkpoint whose value (the expected done fraction) lies outside [0, 1].</summary>
    public const string CheckpointFractionOutOfRange = "OKR0208";

    // OKR03xx: the okr/1 JSON document (read and write).

    /// <summary>The text is not well-formed JSON (a syntax error, an empty document, trailing content).</summary>
    public const string InvalidJson = "OKR0301";

    /// <summary>A value has the wrong JSON type (a string where a number belongs, an object where a list belongs).</summary>
    public const string WrongJsonType = "OKR0302";

    /// <summary>A required property is missing (an id, a title, a measure, a date...).</summary>
    public const string MissingProperty = "OKR0303";

    /// <summary>The <c>format</c> property is missing or names a version this reader does not understand.</summary>
    public const string UnsupportedFormat = "OKR0304";

    /// <summary>One object gives the same property twice, so which value counts is ambiguous.</summary>
    public const string DuplicateProperty = "OKR0305";

    /// <summary>A number does not fit a 64-bit floating-point value (for example <c>1e400</c>).</summary>
    public const string NumberOutOfRange = "OKR0306";

    /// <summary>A number is written as the string <c>"NaN"</c> or <c>"Infinity"</c>; JSON numbers are finite.</summary>
    public const string NotANumberString = "OKR0307";

    /// <summary>A date is not an ISO 8601 calendar date <c>yyyy-MM-dd</c>, or is no real day.</summary>
    public const string InvalidDate = "OKR0308";

    /// <summary>A string names no known choice (an unknown measure kind, alignment kind, owner kind...).</summary>
    public const string UnknownEnumValue = "OKR0309";

    /// <summary>The document nests objects and arrays deeper than the configured limit (default 64).</summary>
    public const string NestingTooDeep = "OKR0310";

    /// <summary>The document is larger than the configured limit (default 256 MiB).</summary>
    public const string DocumentTooLarge = "OKR0311";

    /// <summary>Text is not valid Unicode: invalid UTF-8 bytes, or a lone surrogate in a string.</summary>
    public const string InvalidText = "OKR0312";

    /// <summary>
    /// An unknown property looks like a mistake: it differs from a known property only in letter case, or it
    /// belongs to another measure kind. It is kept as an extension and not used (a warning).
    /// </summary>
    public const string SuspiciousExtension = "OKR0313";

    /// <summary>The writer met a number JSON cannot hold (NaN or an infinity); fix the value in the model.</summary>
    public const string NumberNotWritable = "OKR0314";

    /// <summary>An extension is not one valid JSON value, or its name is a property the format already defines.</summary>
    public const string InvalidExtension = "OKR0315";

    /// <summary>The writer met a required value that is <see langword="null"/> in the model (an id, a title, a measure).</summary>
    public const string ValueNotWritable = "OKR0316";

    /// <summary>Reading stopped after the configured number of diagnostics (default 1,000); fix these and read again.</summary>
    public const string TooManyDiagnostics = "OKR0317";

    // OKR04xx: rollup and live check-ins.

    /// <summary>An objective names a rollup strategy that is neither built in nor registered in <see cref="RollupOptions.Strategies"/>.</summary>
    public const string UnknownStrategy = "OKR0401";

    /// <summary>An incremental check-in names a node that is not a key result, or a key result that is derived.</summary>
    public const string CheckInTarget = "OKR0402";

    /// <summary>An incremental check-in falls on a day the key result already has a check-in for.</summary>
    public const string CheckInDateTaken = "OKR0403";

    /// <summary>An incremental check-in's value is NaN or infinite.</summary>
    public const string CheckInNotFinite = "OKR0404";

    /// <summary>A custom strategy returned NaN or an infinite number.</summary>
    public const string StrategyResultNotFinite = "OKR0405";

    /// <summary>A correction names a day on which the key result has no check-in to correct.</summary>
    public const string NoCheckInToCorrect = "OKR0406";

    /// <summary>The objectives of one rollup name more than 256 different strategies.</summary>
    public const string TooManyStrategies = "OKR0407";

    // OKR05xx: alignment health (warnings and information; see docs/health.md).
    /// <summary>An owner has more objectives in one period than <see cref="HealthOptions.MaxObjectivesPerOwner"/> (default 5). Warning.</summary>
    public const string OwnerOverloaded = "OKR0501";

    /// <summary>An objective has fewer key results than <see cref="HealthOptions.MinKeyResultsPerObjective"/> (default 3). Info.</summary>
    public const string TooFewKeyResults = "OKR0502";

    /// <summary>An objective has more key results than <see cref="HealthOptions.MaxKeyResultsPerObjective"/> (default 5). Warning.</summary>
    public const string TooManyKeyResults = "OKR0503";

    /// <summary>
    /// The key results each owner carries grow by <see cref="HealthOptions.BallooningGrowthFactor"/> (default 3) or more from
    /// level to level for <see cref="HealthOptions.BallooningSustainedLevels"/> (default 2) levels in a row: the 3, 9, 27, 81
    /// pattern of strict cascading. Warning.
    /// </summary>
    public const string Ballooning = "OKR0504";

    /// <summary>A top-level objective is supported by one department only (the owners of the objectives and key results below it): no cross-functional alignment. Warning.</summary>
    public const string Silo = "OKR0505";

    /// <summary>More than <see cref="HealthOptions.MaxOutputShare"/> (default 0.5) of an owner's key results are milestones or binary. Warning.</summary>
    public const string OutputHeavy = "OKR0506";

    /// <summary>A cascaded objective's title is its parent key result's title, word for word. Info.</summary>
    public const string VerbatimCascade = "OKR0507";

    /// <summary>An objective below the top level supports nothing: it has no parent and no owner of a kind in <see cref="HealthOptions.TopLevelOwnerKinds"/> (the company, by default). Warning.</summary>
    public const string Orphan = "OKR0508";

    /// <summary>An objective or key result has no owner. Warning.</summary>
    public const string NoOwner = "OKR0509";

    /// <summary>A measured key result in a running period has had no check-in for <see cref="HealthOptions.StaleAfterDays"/> (default 14) days. Warning.</summary>
    public const string Stale = "OKR0510";

    /// <summary>A measured key result has no check-in <see cref="HealthOptions.NotStartedAfterDays"/> (default 7) days after its period began. Warning.</summary>
    public const string NotStarted = "OKR0511";

    /// <summary>An objective is aligned to a parent whose period does not contain its own. Warning.</summary>
    public const string PeriodMismatch = "OKR0512";

    /// <summary>An alignment chain is deeper than <see cref="HealthOptions.MaxLevels"/> (default 5) levels below the top. Warning.</summary>
    public const string TooDeep = "OKR0513";

    /// <summary>An alignment with a weight above 0 points at an objective whose progress comes from its key results only (<see cref="ProgressSource.KeyResults"/>): it can never move the parent's progress. Warning.</summary>
    public const string AlignmentNeverCounts = "OKR0514";

    /// <summary>An objective's title holds a number (<c>20%</c>, <c>100</c>): a key result in disguise. Info.</summary>
    public const string NumberInObjective = "OKR0515";

    /// <summary>An objective's title starts with an output verb (<see cref="HealthOptions.OutputVerbs"/>: launch, build, ship...): it names work, not an outcome. Info.</summary>
    public const string OutputObjective = "OKR0516";

    /// <summary>An objective's title has fewer than <see cref="HealthOptions.MinObjectiveWords"/> (default 2) or more than <see cref="HealthOptions.MaxObjectiveWords"/> (default 15) words. Info.</summary>
    public const string ObjectiveLength = "OKR0517";

    /// <summary>A metric key result starts at 0 and counts work (its unit is one of <see cref="HealthOptions.WorkUnits"/>): no baseline, so it measures effort, not change. Info.</summary>
    public const string NoBaseline = "OKR0518";

    /// <summary>A key result counts an activity (<see cref="HealthOptions.ActivityWords"/>: calls, meetings, posts...) and names no outcome (<see cref="HealthOptions.OutcomeWords"/>). Warning.</summary>
    public const string ActivityCount = "OKR0519";

    /// <summary>Every key result of an objective is a milestone or binary: the objective is a project plan. Warning.</summary>
    public const string AllMilestones = "OKR0520";

    /// <summary>The average of the latest confidences in running periods is above <see cref="HealthOptions.MaxAverageConfidence"/> (0.9, targets too safe) or below <see cref="HealthOptions.MinAverageConfidence"/> (0.25, fantasy). Info.</summary>
    public const string ConfidenceBand = "OKR0521";

    /// <summary>A key result's latest confidence is below <see cref="HealthOptions.LowConfidence"/> (0.4) and its check-in has no note. Warning.</summary>
    public const string LowConfidenceWithoutNote = "OKR0522";

    /// <summary>A key result's confidence fell at each of its last <see cref="HealthOptions.FallingConfidenceCheckIns"/> (3) check-ins that state one. Warning.</summary>
    public const string ConfidenceFalling = "OKR0523";

    /// <summary>
    /// Silence is never green: a key result whose numbers say on track (or achieved) but whose last check-in is older than
    /// <see cref="HealthOptions.StaleAfterDays"/> is outdated, and one never checked in (an undated value) is pending. Warning.
    /// </summary>
    public const string SilentGreen = "OKR0524";

    /// <summary>A key result is on track by its numbers but its forecast misses the target. Warning.</summary>
    public const string TrendingOffTrack = "OKR0525";

    /// <summary>A team or individual objective is aligned straight to a company objective, skipping its department. Info.</summary>
    public const string LevelSkip = "OKR0526";
    // ==== OKR06xx: importers and exporters (Okr.Core.Interop). A separate section, kept last. ====

    /// <summary>An export lacks a file of a kind (objectives are required; the others warn), or holds two of one kind.</summary>
    public const string ImportFileMissing = "OKR0601";

    /// <summary>An import file cannot be read: not JSON, not a JSON array, a damaged zip, or a path that is neither a folder nor a zip.</summary>
    public const string ImportFileUnreadable = "OKR0602";

    /// <summary>An item or field of an import has the wrong shape (a string where a number belongs, an item that is not an object); the value is kept as an extension (a warning), or the item cannot be used (an error).</summary>
    public const string ImportWrongShape = "OKR0603";

    /// <summary>An imported item refers to an id the export does not have (a parent, the item of a check-in or comment, a parent team); the reference is kept as an extension (a warning).</summary>
    public const string ImportUnknownReference = "OKR0604";

    /// <summary>An imported field holds a value the importer does not know (a goal type, target type, progress mode); it is kept as an extension and a documented default is used (a warning).</summary>
    public const string ImportUnknownValue = "OKR0605";

    /// <summary>Two imported items share an id; the later one is kept whole as an extension (a warning).</summary>
    public const string ImportDuplicateId = "OKR0606";

    /// <summary>A CSV header is unusable: a required column is missing, a column appears twice, or a header map names a column the template does not have.</summary>
    public const string CsvBadHeader = "OKR0610";

    /// <summary>A CSV cell cannot be read: a number, date, choice or JSON value that is malformed; the diagnostic gives the row (line) and column.</summary>
    public const string CsvBadValue = "OKR0611";

    /// <summary>A CSV cell the row needs is empty (the type, id or title, a measure's target).</summary>
    public const string CsvMissingValue = "OKR0612";

    /// <summary>Two CSV rows of one id space share an id, or a row's parent id names no row.</summary>
    public const string CsvBadReference = "OKR0613";

    /// <summary>A CSV header map is not valid: not JSON, or not the documented shape.</summary>
    public const string CsvBadMap = "OKR0614";

    /// <summary>Exporting to CSV met something the template does not carry (an alignment's extensions); it is left out of the file (a warning).</summary>
    public const string CsvNotExported = "OKR0615";
}
