namespace Okr.Core.Graph;

/// <summary>
/// The edges the validator finds, in the compiler's temporary numbering (objectives in document order, then key
/// results), as parallel arrays. <see cref="CsrBuilder"/> lays them out in the graph's topological numbering.
/// </summary>
internal sealed class EdgeList(int capacity)
{
    /// <summary>Origin of a key result's edge to the objective it is defined under.</summary>
    public const int DefinedUnder = -1;

    public readonly int[] Child = new int[capacity];
    public readonly int[] Parent = new int[capacity];
    public readonly byte[] Kind = new byte[capacity];      // EdgeKind
    public readonly double[] Weight = new double[capacity];

    /// <summary>Per edge: &gt;= 0, the alignment's index; <see cref="DefinedUnder"/>; -2 - i, a link of objective i.</summary>
    public readonly int[] Origin = new int[capacity];

    public int Count { get; private set; }

    public static int LinkOf(int objective) => -2 - objective;

    public void Add(int child, int parent, byte kind, double weight, int origin)
    {
        Child[Count] = child;
        Parent[Count] = parent;
        Kind[Count] = kind;
        Weight[Count] = weight;
        Origin[Count] = origin;
        Count++;
    }
}
