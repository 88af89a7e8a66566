namespace Okr.Core.Graph;

internal sealed partial class ModelValidator
{
    /// <summary>Cancellation and progress of the compile this validator runs for; <see cref="OkrWork.None"/> by default.</summary>
    public OkrWork Work { get; init; } = OkrWork.None;
}
