using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Okr.Core.Tests.Arbitraries;

namespace Okr.Core.Tests.Serialization;

/// <summary>
/// Invariants of the JSON format over generated sets (<see cref="JsonSet"/>: every field, awkward text and numbers,
/// extensions everywhere) and generated valid orgs (<see cref="Org"/>). A failure shrinks to a short document.
/// </summary>
[Properties(Arbitrary = new[] { typeof(OkrJsonArbitraries), typeof(OrgArbitraries) })]
public class OkrJsonPropertyTests
{
    [OkrProperty(Runs = 300)]
    public bool RoundTrip_AnyGeneratedSet_ReadsBackEqualAndWritesTheSameText(JsonSet generated)
    {
        var set = generated.Set;
        var json = OkrJson.Write(set);
        var back = OkrJson.Read(json);
        var compact = OkrJson.Read(OkrJson.Write(set, new OkrJsonOptions { Indented = false }));
        return set.Equals(back) && set.Equals(compact) && json == OkrJson.Write(back);
    }

    [OkrProperty(Runs = 100)]
    public bool RoundTrip_ReadingAndWritingPreservesCompiledGraph(Org org)
    {
        // JSON -> model -> JSON -> model gives equal models, and so equal compile results.
        var set = org.Set;
        var back = OkrJson.Read(OkrJson.Write(OkrJson.Read(OkrJson.Write(set))));
        var a = set.Compile();
        var b = back.Compile();
        return set.Equals(back)
            && a.Succeeded == b.Succeeded
            && a.Graph!.NodeCount == b.Graph!.NodeCount
            && Enumerable.Range(0, a.Graph.NodeCount).All(i => a.Graph.Nodes[i].Id == b.Graph.Nodes[i].Id);
    }

    [OkrProperty(Runs = 200)]
    public bool PropertyOrder_ShufflingPropertiesOfEveryObject_ReadsTheSameSet(JsonSet generated, int salt)
    {
        var set = generated.Set;
        var node = JsonNode.Parse(OkrJson.Write(set))!;
        Shuffle(node, salt);
        return set.Equals(OkrJson.Read(node.ToJsonString()));
    }

    /// <summary>Shuffles the properties of the format's own objects; extension values are left as they are.</summary>
    private static void Shuffle(JsonNode node, int salt)
    {
        var document = node.AsObject();
        ShuffleObject(document, salt);
        foreach (var list in new[] { "owners", "periods", "objectives", "keyResults", "alignments" })
        {
            foreach (var item in document[list]!.AsArray()) ShuffleObject(item!.AsObject(), salt);
        }
        foreach (var kr in document["keyResults"]!.AsArray())
        {
            var measure = kr!["measure"]!.AsObject();
            ShuffleObject(measure, salt);
            foreach (var list in new[] { (kr, "checkIns"), (kr, "checkpoints"), ((JsonNode)measure, "steps") })
            {
                if (list.Item1[list.Item2] is JsonArray items)
                {
                    foreach (var item in items) ShuffleObject(item!.AsObject(), salt);
                }
            }
        }
    }

    private static void ShuffleObject(JsonObject obj, int salt)
    {
        var properties = obj.ToList();
        obj.Clear();
        foreach (var (name, value) in Permute.By(salt, properties, p => p.Key)) obj[name] = value;
    }
}
