using Okr.Core.Graph;
namespace Okr.Core.Health;

/// <summary>
/// Everything the health rules share, computed once per analysis in linear time: each node's alignment level, root and
/// key-result count, each owner's department, and which objectives are top-level. Each node's owners, period and
/// defining objective come from the graph, which resolves them once. All arrays are indexed by node (or by owner
/// number, the owner's position in the set); no rule needs a dictionary look-up per node afterwards.
/// </summary>
internal sealed class HealthContext
{
    public const int NoDepartment = -1;
    public const int ManyDepartments = -2;

    public HealthContext(OkrGraph graph, DateOnly asOf, HealthOptions options)
    {
        Graph = graph;
        Set = graph.Set;
        AsOf = asOf;
        Options = options;
        var n = graph.NodeCount;

        // Owners, numbered by position as the graph numbers them, with the department each belongs to.
        var owners = Set.Owners;
        OwnerIds = new string[owners.Count];
        OwnerKinds = new OwnerKind[owners.Count];
        for (var i = 0; i < owners.Count; i++)
        {
            OwnerIds[i] = owners[i].Id;
            OwnerKinds[i] = owners[i].Kind;
        }
        OwnerDepartment = ComputeDepartments();

        // Per objective node: the key results it carries, its own and linked.
        KeyResultCount = new int[n];
        for (var v = 0; v < n; v++)
        {
            if (!IsObjective(v)) continue;
            var count = 0;
            foreach (var kind in graph.InputKinds(v))
            {
                if ((EdgeKind)kind is EdgeKind.KeyResult or EdgeKind.LinkedKeyResult) count++;
            }
            KeyResultCount[v] = count;
        }

        // Top-level objectives, levels (parents have higher indices: walk down from the top), coverage.
        IsTopLevel = new bool[n];
        Level = new int[n];
        Root = new int[n];
        LevelParent = new int[n];
        Array.Fill(LevelParent, -1);
        ReachesTop = new bool[n];
        for (var v = n - 1; v >= 0; v--)
        {
            var parents = graph.ParentIndices(v);
            if (!IsObjective(v))
            {
                var objective = DefiningObjective(v);
                Level[v] = Level[objective];
                Root[v] = Root[objective];
                var reaches = false;
                for (var p = 0; p < parents.Length && !reaches; p++) reaches = ReachesTop[parents[p]];
                ReachesTop[v] = reaches;
                continue;
            }
            if (parents.IsEmpty)
            {
                IsTopLevel[v] = OwnedAtTheTop(v);
                Root[v] = v;
                ReachesTop[v] = IsTopLevel[v];
                continue;
            }
            // The parent that gives the level: the one with the longest chain above it, ties broken by ordinal id.
            var level = -1;
            var best = -1;
            var reach = false;
            foreach (var parent in parents)
            {
                reach |= ReachesTop[parent];
                var candidate = Level[parent] + 1;
                if (candidate > level || (candidate == level && string.CompareOrdinal(graph.IdAt(parent), graph.IdAt(best)) < 0))
                {
                    level = candidate;
                    best = parent;
                }
            }
            Level[v] = level;
            LevelParent[v] = IsObjective(best) ? best : DefiningObjective(best);
            Root[v] = Root[best];
            ReachesTop[v] = reach;
        }
    }

    public OkrGraph Graph { get; }

    public WordList OutputVerbs => field ??= new WordList(Options.OutputVerbs);

    public WordList ActivityWords => field ??= new WordList(Options.ActivityWords);

    public WordList OutcomeWords => field ??= new WordList(Options.OutcomeWords);

    public WordList WorkUnits => field ??= new WordList(Options.WorkUnits);

    public OkrSet Set { get; }

    public DateOnly AsOf { get; }

    public HealthOptions Options { get; }

    public string[] OwnerIds { get; }

    public OwnerKind[] OwnerKinds { get; }

    /// <summary>Per owner: the number of the nearest department at or above it in the org chart, or <see cref="NoDepartment"/>.</summary>
    public int[] OwnerDepartment { get; }

    /// <summary>The set's periods, numbered as <see cref="NodePeriod"/> numbers them.</summary>
    public IReadOnlyList<Period> Periods => Set.Periods;

    /// <summary>The period number of a node's objective (a key result: of its objective), or -1; resolved by the graph.</summary>
    public int NodePeriod(int v) => Graph.PeriodIndexAt(v);

    /// <summary>Per objective node: its own and linked key results.</summary>
    public int[] KeyResultCount { get; }

    /// <summary>The objective a key result node is defined under; -1 for objectives. Resolved by the graph.</summary>
    public int DefiningObjective(int v) => Graph.DefiningObjectiveAt(v);

    public bool[] IsTopLevel { get; }

    /// <summary>Per node: alignment levels below a root (longest chain); a key result has its objective's level.</summary>
    public int[] Level { get; }

    /// <summary>Per node: the root objective at the top of its longest alignment chain (parents with the longest chain, ties broken by ordinal id).</summary>
    public int[] Root { get; }

    public bool[] ReachesTop { get; }

    /// <summary>Per objective: the objective on the longest chain just above it (the parent objective, or the objective of the parent key result), or -1 for a root.</summary>
    public int[] LevelParent { get; }

    /// <summary>The alignment levels of the metrics, computed once before the rules run.</summary>
    public HealthLevel[] Levels { get; set; } = [];

    /// <summary>The JSON path of a node's model item: <c>$.objectives[i]</c> or <c>$.keyResults[i]</c>.</summary>
    public string NodePath(int v)
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$.{(IsObjective(v) ? "objectives" : "keyResults")}[{Graph.ModelPositionAt(v)}]");

    /// <summary>The JSON path of an owner: <c>$.owners[i]</c> (owners are numbered by their position in the set).</summary>
    public static string OwnerPath(int owner) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"$.owners[{owner}]");

    public bool IsObjective(int v) => Graph.DefiningObjectiveAt(v) < 0;

    /// <summary>The owners of node v (a key result: its own owner only), numbered as in <see cref="OwnerIds"/>; resolved by the graph.</summary>
    public ReadOnlySpan<int> OwnersOf(int v) => Graph.OwnerIndicesAt(v);

    /// <summary>The owners accountable for a key result: its own owner, or its objective's owners when it inherits them.</summary>
    public ReadOnlySpan<int> KeyResultOwners(int v)
    {
        var own = OwnersOf(v);
        return own.Length > 0 || !Options.KeyResultsInheritOwner || DefiningObjective(v) < 0 ? own : OwnersOf(DefiningObjective(v));
    }

    /// <summary>Whether an owner of node <paramref name="v"/> is of a kind <see cref="HealthOptions.TopLevelOwnerKinds"/> lists.</summary>
    public bool OwnedAtTheTop(int v)
    {
        foreach (var o in OwnersOf(v))
        {
            if (Options.IsTopLevelKind(OwnerKinds[o])) return true;
        }
        return false;
    }

    public static int Join(int a, int b) => a == NoDepartment ? b : b == NoDepartment || a == b ? a : ManyDepartments;

    private int[] ComputeDepartments()
    {
        // Walk each owner up to its nearest department once; every owner on the walk gets the answer (memoized).
        const int Unknown = -3;
        var count = OwnerIds.Length;
        var dept = new int[count];
        Array.Fill(dept, Unknown);
        var path = new List<int>();
        for (var i = 0; i < count; i++)
        {
            path.Clear();
            var o = i;
            var answer = NoDepartment;
            var steps = 0;
            while (o >= 0 && steps++ <= count)
            {
                if (dept[o] != Unknown)
                {
                    answer = dept[o];
                    break;
                }
                if (OwnerKinds[o] == OwnerKind.Department)
                {
                    answer = o;
                    break;
                }
                path.Add(o);
                o = Graph.OwnerParentAt(o);
            }
            foreach (var p in path) dept[p] = answer;
            if (dept[i] == Unknown) dept[i] = answer;
        }
        return dept;
    }
}

/// <summary>
/// A word list of <see cref="HealthOptions"/> (normalized like titles: lower case, punctuation dropped), matched against
/// normalized text word by word: an entry matches as itself or with an <c>s</c> or <c>es</c> added; an entry of several
/// words matches as a phrase.
/// </summary>
internal sealed class WordList
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _entryOf = new(StringComparer.Ordinal);
    private readonly List<(string Phrase, string Entry)> _phrases = [];

    public WordList(IReadOnlyList<string> entries)
    {
        foreach (var entry in entries)
        {
            foreach (var form in new[] { entry, entry + "s", entry + "es" })
            {
                if (entry.Contains(' ', StringComparison.Ordinal)) _phrases.Add((" " + form + " ", entry));
                else if (_words.Add(form)) _entryOf[form] = entry;
            }
        }
    }

    /// <summary>Whether one normalized word is on the list.</summary>
    public bool Matches(string word) => _words.Contains(word);

    /// <summary>The first entry found in normalized text (single words in text order, then phrases in list order), or null.</summary>
    public string? FirstIn(string text)
    {
        if (text.Length == 0) return null;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf(' ', start);
            if (end < 0) end = text.Length;
            var word = text[start..end];
            if (_entryOf.TryGetValue(word, out var entry)) return entry;
            start = end + 1;
        }
        if (_phrases.Count == 0) return null;
        var padded = " " + text + " ";
        foreach (var (phrase, entry) in _phrases)
        {
            if (padded.Contains(phrase, StringComparison.Ordinal)) return entry;
        }
        return null;
    }
}
