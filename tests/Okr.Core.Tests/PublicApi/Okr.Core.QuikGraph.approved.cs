namespace Okr.Core.QuikGraph
{
    public readonly struct OkrEdge : QuikGraph.IEdge<Okr.Core.Graph.OkrNode>, System.IEquatable<Okr.Core.QuikGraph.OkrEdge>
    {
        public Okr.Core.Graph.EdgeKind Kind { get; }
        public Okr.Core.Graph.OkrNode Source { get; }
        public Okr.Core.Graph.OkrNode Target { get; }
        public double Weight { get; }
        public bool Equals(Okr.Core.QuikGraph.OkrEdge other) { }
        public override bool Equals(object? obj) { }
        public override int GetHashCode() { }
        public Okr.Core.Graph.GraphEdge ToGraphEdge() { }
        public override string ToString() { }
        public static Okr.Core.QuikGraph.OkrEdge Of(Okr.Core.Graph.GraphEdge edge) { }
        public static bool operator !=(Okr.Core.QuikGraph.OkrEdge left, Okr.Core.QuikGraph.OkrEdge right) { }
        public static bool operator ==(Okr.Core.QuikGraph.OkrEdge left, Okr.Core.QuikGraph.OkrEdge right) { }
    }
    public sealed class OkrGraphView : QuikGraph.IBidirectionalGraph<Okr.Core.Graph.OkrNode, Okr.Core.QuikGraph.OkrEdge>, QuikGraph.IBidirectionalIncidenceGraph<Okr.Core.Graph.OkrNode, Okr.Core.QuikGraph.OkrEdge>, QuikGraph.IEdgeListGraph<Okr.Core.Graph.OkrNode, Okr.Core.QuikGraph.OkrEdge>, QuikGraph.IEdgeSet<Okr.Core.Graph.OkrNode, Okr.Core.QuikGraph.OkrEdge>, QuikGraph.IGraph<Okr.Core.Graph.OkrNode, Okr.Core.QuikGraph.OkrEdge>, QuikGraph.IImplicitGraph<Okr.Core.Graph.OkrNode, Okr.Core.QuikGraph.OkrEdge>, QuikGraph.IImplicitVertexSet<Okr.Core.Graph.OkrNode>, QuikGraph.IIncidenceGraph<Okr.Core.Graph.OkrNode, Okr.Core.QuikGraph.OkrEdge>, QuikGraph.IVertexAndEdgeListGraph<Okr.Core.Graph.OkrNode, Okr.Core.QuikGraph.OkrEdge>, QuikGraph.IVertexListGraph<Okr.Core.Graph.OkrNode, Okr.Core.QuikGraph.OkrEdge>, QuikGraph.IVertexSet<Okr.Core.Graph.OkrNode>
    {
        public bool AllowParallelEdges { get; }
        public int EdgeCount { get; }
        public System.Collections.Generic.IEnumerable<Okr.Core.QuikGraph.OkrEdge> Edges { get; }
        public Okr.Core.Graph.OkrGraph Graph { get; }
        public bool IsDirected { get; }
        public bool IsEdgesEmpty { get; }
        public bool IsVerticesEmpty { get; }
        public int VertexCount { get; }
        public System.Collections.Generic.IEnumerable<Okr.Core.Graph.OkrNode> Vertices { get; }
        public bool ContainsEdge(Okr.Core.QuikGraph.OkrEdge edge) { }
        public bool ContainsEdge(Okr.Core.Graph.OkrNode source, Okr.Core.Graph.OkrNode target) { }
        public bool ContainsVertex(Okr.Core.Graph.OkrNode vertex) { }
        public int Degree(Okr.Core.Graph.OkrNode vertex) { }
        public int InDegree(Okr.Core.Graph.OkrNode vertex) { }
        public Okr.Core.QuikGraph.OkrEdge InEdge(Okr.Core.Graph.OkrNode vertex, int index) { }
        public System.Collections.Generic.IEnumerable<Okr.Core.QuikGraph.OkrEdge> InEdges(Okr.Core.Graph.OkrNode vertex) { }
        public bool IsInEdgesEmpty(Okr.Core.Graph.OkrNode vertex) { }
        public bool IsOutEdgesEmpty(Okr.Core.Graph.OkrNode vertex) { }
        public int OutDegree(Okr.Core.Graph.OkrNode vertex) { }
        public Okr.Core.QuikGraph.OkrEdge OutEdge(Okr.Core.Graph.OkrNode vertex, int index) { }
        public System.Collections.Generic.IEnumerable<Okr.Core.QuikGraph.OkrEdge> OutEdges(Okr.Core.Graph.OkrNode vertex) { }
        public override string ToString() { }
        public bool TryGetEdge(Okr.Core.Graph.OkrNode source, Okr.Core.Graph.OkrNode target, out Okr.Core.QuikGraph.OkrEdge edge) { }
        public bool TryGetEdges(Okr.Core.Graph.OkrNode source, Okr.Core.Graph.OkrNode target, out System.Collections.Generic.IEnumerable<Okr.Core.QuikGraph.OkrEdge> edges) { }
        public bool TryGetInEdges(Okr.Core.Graph.OkrNode vertex, out System.Collections.Generic.IEnumerable<Okr.Core.QuikGraph.OkrEdge> edges) { }
        public bool TryGetOutEdges(Okr.Core.Graph.OkrNode vertex, out System.Collections.Generic.IEnumerable<Okr.Core.QuikGraph.OkrEdge> edges) { }
    }
    public static class QuikGraphExtensions
    {
        public static Okr.Core.QuikGraph.OkrGraphView AsQuikGraph(this Okr.Core.Graph.OkrGraph graph) { }
        public static QuikGraph.BidirectionalGraph<Okr.Core.Graph.OkrNode, Okr.Core.QuikGraph.OkrEdge> ToBidirectionalGraph(this Okr.Core.Graph.OkrGraph graph) { }
    }
}