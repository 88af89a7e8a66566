namespace Okr.Core;

public static partial class DiagnosticCodes
{
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
}
