namespace Okr.Core.Visuals;

/// <summary>
/// What an alignment map shows: the whole set, or the part under one node (<see cref="FocusId"/>), under one owner's
/// objectives (<see cref="OwnerId"/>), cut at a number of objective levels (<see cref="Depth"/>). Immutable; the
/// defaults show everything.
/// </summary>
/// <remarks>
/// The unit of a map is an objective with its key results: a key result always comes with its objective, and an
/// objective cascaded from a key result sits one objective level below the key result's objective.
/// </remarks>
public sealed record MapOptions
{
    /// <summary>Everything, no clusters, Mermaid's default limits.</summary>
    public static MapOptions Default { get; } = new();

    /// <summary>
    /// Show only this objective (or the objective of this key result) and what is aligned below it;
    /// <see langword="null"/> for the whole set. An id the graph does not have is refused with
    /// <see cref="KeyNotFoundException"/> naming it.
    /// </summary>
    public string? FocusId { get; init; }

    /// <summary>
    /// Objective levels to show below the top of the map (the focus, the owner's objectives, or the top-level
    /// objectives): 0 shows the top only, 1 adds the objectives aligned directly to it. <see langword="null"/> for
    /// all levels.
    /// </summary>
    public int? Depth
    {
        get;
        init
        {
            if (value is < 0) throw new ArgumentOutOfRangeException(nameof(Depth), value, "Depth must be 0 or more (objective levels below the top), or null for all levels.");
            field = value;
        }
    }

    /// <summary>
    /// Show only the objectives this owner id owns (alone or shared) that no other objective of theirs sits above, and
    /// what is aligned below them; <see langword="null"/> for every owner. An owner id the set does not have is refused
    /// with <see cref="ArgumentException"/> naming it.
    /// </summary>
    public string? OwnerId { get; init; }

    /// <summary>Group the objectives in one box per owner (Graphviz clusters, Mermaid subgraphs). Shared objectives stay outside.</summary>
    public bool ClusterByOwner { get; init; }

    /// <summary>
    /// The most edges a Mermaid map may have: 500, Mermaid's default <c>maxEdges</c>. A larger map is cut (see
    /// <see cref="MermaidMapResult"/>).
    /// </summary>
    public int MermaidMaxEdges
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MermaidMaxEdges));
            field = value;
        }
    } = 500;

    /// <summary>
    /// The most characters a Mermaid map may have: 50,000, Mermaid's default <c>maxTextSize</c>. A longer map is cut
    /// (see <see cref="MermaidMapResult"/>).
    /// </summary>
    public int MermaidMaxCharacters
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 2_000, nameof(MermaidMaxCharacters));
            field = value;
        }
    } = 50_000;
}

/// <summary>
/// A Mermaid map and what it left out. When the selected map would pass Mermaid's limits
/// (<see cref="MapOptions.MermaidMaxEdges"/>, <see cref="MapOptions.MermaidMaxCharacters"/>) the map keeps the
/// objectives nearest the top, level by level, and says in a <c>%%</c> comment line of <see cref="Text"/> what it
/// left out; <see cref="OmittedIds"/> lists every objective and key result left out.
/// </summary>
public sealed record MermaidMapResult
{
    internal MermaidMapResult(string text, int shownNodes, int edges, IReadOnlyList<string> omittedIds)
    {
        Text = text;
        ShownNodes = shownNodes;
        Edges = edges;
        OmittedIds = omittedIds;
    }

    /// <summary>The Mermaid flowchart text, ending with a line break.</summary>
    public string Text { get; }

    /// <summary>Objectives and key results drawn.</summary>
    public int ShownNodes { get; }

    /// <summary>Edges drawn (what Mermaid counts against <c>maxEdges</c>).</summary>
    public int Edges { get; }

    /// <summary>
    /// The ids of the objectives and key results the options selected but the limits left out, top levels first;
    /// empty when nothing was cut.
    /// </summary>
    public IReadOnlyList<string> OmittedIds { get; }

    /// <summary>Whether the limits cut the map.</summary>
    public bool IsCut => OmittedIds.Count > 0;
}
