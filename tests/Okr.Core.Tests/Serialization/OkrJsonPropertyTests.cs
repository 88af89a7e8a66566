using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Serialization;

/// <summary>Invariants of the JSON format over generated sets.</summary>
public class OkrJsonPropertyTests
{
    [Fact]
    public void RoundTrip_AnyGeneratedSet_ReadsBackEqualAndWritesTheSameText()
    {
        Prop.ForAll(OkrJsonGenerators.Seeds, seed =>
        {
            var set = OkrJsonGenerators.SetFrom(seed);
            var json = OkrJson.Write(set);
            var back = OkrJson.Read(json);
            var compact = OkrJson.Read(OkrJson.Write(set, new OkrJsonOptions { Indented = false }));
            return set.Equals(back) && set.Equals(compact) && json == OkrJson.Write(back);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void RoundTrip_ReadingAndWritingPreservesCompiledGraph()
    {
        // JSON -> model -> JSON -> model gives equal models, and so equal compile results.
        Prop.ForAll(Arb.From(Gen.Choose(1, 10_000)), seed =>
        {
            var set = SyntheticOrg.Generate(new SyntheticOrgOptions { Objectives = 40, Seed = seed });
            var back = OkrJson.Read(OkrJson.Write(OkrJson.Read(OkrJson.Write(set))));
            var a = set.Compile();
            var b = back.Compile();
            return set.Equals(back)
                && a.Succeeded == b.Succeeded
                && a.Graph!.NodeCount == b.Graph!.NodeCount
                && Enumerable.Range(0, a.Graph.NodeCount).All(i => a.Graph.Nodes[i].Id == b.Graph.Nodes[i].Id);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(30));
    }

    [Fact]
    public void PropertyOrder_ShufflingPropertiesOfEveryObject_ReadsTheSameSet()
    {
        Prop.ForAll(OkrJsonGenerators.Seeds, seed =>
        {
            var set = OkrJsonGenerators.SetFrom(seed);
            var node = JsonNode.Parse(OkrJson.Write(set))!;
            Shuffle(node, new Random(seed));
            return set.Equals(OkrJson.Read(node.ToJsonString()));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    /// <summary>Shuffles the properties of the format's own objects; extension values are left as they are.</summary>
    private static void Shuffle(JsonNode node, Random random)
    {
        var document = node.AsObject();
        ShuffleObject(document, random);
        foreach (var list in new[] { "owners", "periods", "objectives", "keyResults", "alignments" })
        {
            foreach (var item in document[list]!.AsArray()) ShuffleObject(item!.AsObject(), random);
        }
        foreach (var kr in document["keyResults"]!.AsArray())
        {
            var measure = kr!["measure"]!.AsObject();
            ShuffleObject(measure, random);
            foreach (var list in new[] { (kr, "checkIns"), (kr, "checkpoints"), ((JsonNode)measure, "steps") })
            {
                if (list.Item1[list.Item2] is JsonArray items)
                {
                    foreach (var item in items) ShuffleObject(item!.AsObject(), random);
                }
            }
        }
    }

    private static void ShuffleObject(JsonObject obj, Random random)
    {
        var properties = obj.ToList();
        obj.Clear();
        foreach (var (name, value) in properties.OrderBy(_ => random.Next())) obj[name] = value;
    }
}
