using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Okr.Core.Tests.QuikGraph;

/// <summary>A compiled random org graph, as the QuikGraph properties take it; prints its shape when a property fails.</summary>
/// <param name="Graph">The compiled graph.</param>
public sealed record OrgGraph(OkrGraph Graph)
{
    /// <inheritdoc />
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Graph.ObjectiveCount} objectives, {Graph.KeyResultCount} key results, {Graph.EdgeCount} edges: ")
           + string.Join(", ", Graph.Edges.Take(40).Select(e => e.Child.Id + "->" + e.Parent.Id)) + (Graph.EdgeCount > 40 ? ", ..." : "");
}

/// <summary>
/// Generators for the QuikGraph properties, from FsCheck's <see cref="Gen"/>: random org graphs of 1 to 120 objectives,
/// each with 0 to 3 key results, aligned to 0 to 3 lower-numbered objectives or their key results with every alignment
/// kind and weights 0 to 3 (so nodes with several parents, informational edges and cascades from key results), some
/// objectives linking a key result of a higher-numbered one, and every list shuffled so the ids come in no order.
/// </summary>
public static class QuikGraphArbitraries
{
    /// <summary>The largest org the properties generate: big enough for deep, shared structure, small enough to stay well under a second per property.</summary>
    public const int MaxObjectives = 120;

    private readonly record struct Link(int Target, bool ToKeyResult, int Kind, int Weight);

    private readonly record struct ObjectiveSpec(int KeyResults, Link[] Links, int LinkedKeyResult);

    private static readonly Gen<Link> Links =
        from target in Gen.Choose(0, 9_999)
        from toKeyResult in Gen.Frequency((1, Gen.Constant(true)), (2, Gen.Constant(false)))
        from kind in Gen.Choose(0, 2)
        from weight in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 3)))
        select new Link(target, toKeyResult, kind, weight);

    private static readonly Gen<ObjectiveSpec> Objectives =
        from keyResults in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 3)))
        from count in Gen.Choose(0, 3)
        from links in Links.ArrayOf(count)
        from linked in Gen.Frequency((5, Gen.Constant(-1)), (1, Gen.Choose(0, 9_999)))
        select new ObjectiveSpec(keyResults, links, linked);

    /// <summary>Random org graphs, compiled.</summary>
    public static Arbitrary<OrgGraph> OrgGraphs() => Orgs.ToArbitrary();

    /// <summary>The generator behind <see cref="OrgGraphs"/>.</summary>
    public static readonly Gen<OrgGraph> Orgs =
        from n in Gen.Choose(1, MaxObjectives)
        from specs in Objectives.ArrayOf(n)
        from shuffle in Gen.Choose(0, int.MaxValue)
        select new OrgGraph(Compile(Build(specs, shuffle)));

    private static OkrSet Build(ObjectiveSpec[] specs, int shuffleSeed)
    {
        var objectives = new List<Objective>();
        var keyResults = new List<KeyResult>();
        var alignments = new List<Alignment>();
        var keyResultsOf = new string[specs.Length][];
        for (var i = 0; i < specs.Length; i++)
        {
            var id = "o" + i.ToString(CultureInfo.InvariantCulture);
            keyResultsOf[i] = [.. Enumerable.Range(0, specs[i].KeyResults).Select(k => id + "-kr" + k.ToString(CultureInfo.InvariantCulture))];
            foreach (var kr in keyResultsOf[i])
                keyResults.Add(new KeyResult { Id = kr, Title = kr, ObjectiveId = id, Measure = Measure.Metric(0, 10, current: i % 11), Weight = 1 + i % 3 });
        }
        for (var i = 0; i < specs.Length; i++)
        {
            var id = "o" + i.ToString(CultureInfo.InvariantCulture);
            // Links point down the numbering like alignments: objective i counts a key result of a higher-numbered objective.
            string[] linked = [];
            var link = specs[i].LinkedKeyResult;
            if (link >= 0 && i + 1 < specs.Length)
            {
                var owner = i + 1 + link % (specs.Length - i - 1);
                if (keyResultsOf[owner].Length > 0) linked = [keyResultsOf[owner][link % keyResultsOf[owner].Length]];
            }
            objectives.Add(new Objective { Id = id, Title = "Objective " + id, OwnerIds = ["team"], LinkedKeyResultIds = linked });
            if (i == 0) continue;
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var l in specs[i].Links)
            {
                var target = l.Target % i;
                var toKeyResult = l.ToKeyResult && keyResultsOf[target].Length > 0;
                var parentId = toKeyResult ? keyResultsOf[target][l.Target % keyResultsOf[target].Length] : "o" + target.ToString(CultureInfo.InvariantCulture);
                if (!used.Add(parentId)) continue;
                var kind = toKeyResult
                    ? (l.Kind == 0 ? AlignmentKind.Shared : AlignmentKind.Cascaded)
                    : (AlignmentKind)(1 + l.Kind); // localized, bottom-up, shared
                alignments.Add(new Alignment { ChildId = id, ParentId = parentId, Kind = kind, Weight = l.Weight });
            }
        }
        var random = new Random(shuffleSeed);
        return new OkrSet
        {
            Owners = [new Owner { Id = "team", Kind = OwnerKind.Team }],
            Objectives = [.. objectives.OrderBy(_ => random.Next())],
            KeyResults = [.. keyResults.OrderBy(_ => random.Next())],
            Alignments = [.. alignments.OrderBy(_ => random.Next())],
        };
    }

    private static OkrGraph Compile(OkrSet set)
    {
        var result = set.Compile();
        return result.Succeeded ? result.Graph! : throw new InvalidOperationException("The generated org does not compile: " + string.Join("; ", result.Diagnostics.Take(5)));
    }
}
