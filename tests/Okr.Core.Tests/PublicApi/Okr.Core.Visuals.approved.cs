[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Okr.Core.Benchmarks")]
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Okr.Core.Tests")]
namespace Okr.Core.Visuals
{
    public static class DotMap
    {
        public static string Write(Okr.Core.Rollup.RollupResult rollup, Okr.Core.Visuals.MapOptions? options = null) { }
    }
    public static class HtmlReport
    {
        public static string Write(Okr.Core.Rollup.RollupResult rollup, Okr.Core.Health.HealthReport health, Okr.Core.Visuals.MapOptions? options = null) { }
    }
    public sealed class MapOptions : System.IEquatable<Okr.Core.Visuals.MapOptions>
    {
        public MapOptions() { }
        public bool ClusterByOwner { get; init; }
        public int? Depth { get; init; }
        public string? FocusId { get; init; }
        public int MermaidMaxCharacters { get; init; }
        public int MermaidMaxEdges { get; init; }
        public string? OwnerId { get; init; }
        public static Okr.Core.Visuals.MapOptions Default { get; }
    }
    public static class MermaidMap
    {
        public static Okr.Core.Visuals.MermaidMapResult Write(Okr.Core.Rollup.RollupResult rollup, Okr.Core.Visuals.MapOptions? options = null) { }
    }
    public sealed class MermaidMapResult : System.IEquatable<Okr.Core.Visuals.MermaidMapResult>
    {
        public int Edges { get; }
        public bool IsCut { get; }
        public System.Collections.Generic.IReadOnlyList<string> OmittedIds { get; }
        public int ShownNodes { get; }
        public string Text { get; }
    }
    public static class ProgressChart
    {
        public static string KeyResultMermaid(Okr.Core.Rollup.RollupResult rollup, string keyResultId) { }
        public static string KeyResultSvg(Okr.Core.Rollup.RollupResult rollup, string keyResultId) { }
        public static string ObjectiveMermaid(Okr.Core.Rollup.RollupResult rollup, string objectiveId) { }
        public static string ObjectiveSvg(Okr.Core.Rollup.RollupResult rollup, string objectiveId) { }
    }
    public static class SvgMap
    {
        public static string Write(Okr.Core.Rollup.RollupResult rollup, Okr.Core.Visuals.MapOptions? options = null) { }
    }
}