using Okr.Core.Graph;
namespace Okr.Core.Health;

public static partial class HealthAnalyzer
{
    private static HealthLevel[] Levels(HealthContext c)
    {
        var n = c.Graph.NodeCount;
        var maxLevel = -1;
        for (var v = 0; v < n; v++)
        {
            if (c.IsObjective(v) && c.Level[v] > maxLevel) maxLevel = c.Level[v];
        }
        var objectives = new int[maxLevel + 1];
        var keyResults = new long[maxLevel + 1];
        var ownedKeyResults = new long[maxLevel + 1];
        var owners = new int[maxLevel + 1];
        var carried = new Dictionary<long, long>(); // (level, owner) -> key results the owner carries at the level
        for (var v = 0; v < n; v++)
        {
            if (!c.IsObjective(v)) continue;
            var level = c.Level[v];
            objectives[level]++;
            keyResults[level] += c.KeyResultCount[v];
            var own = c.OwnersOf(v);
            if (own.Length > 0) ownedKeyResults[level] += c.KeyResultCount[v];
            foreach (var o in own)
            {
                var key = ((long)level << 32) | (uint)o;
                if (!carried.TryGetValue(key, out var sum)) owners[level]++;
                carried[key] = sum + c.KeyResultCount[v];
            }
        }
        // The owner carrying the most at each level; a tie goes to the smaller id, so the answer is the same in any order.
        var maxCarried = new long[maxLevel + 1];
        var mostLoaded = new int[maxLevel + 1];
        Array.Fill(mostLoaded, -1);
        foreach (var (key, sum) in carried)
        {
            var level = (int)(key >> 32);
            var owner = unchecked((int)(uint)key);
            if (mostLoaded[level] < 0 || sum > maxCarried[level]
                || (sum == maxCarried[level] && string.CompareOrdinal(c.OwnerIds[owner], c.OwnerIds[mostLoaded[level]]) < 0))
            {
                maxCarried[level] = sum;
                mostLoaded[level] = owner;
            }
        }
        var result = new HealthLevel[maxLevel + 1];
        double? previous = null;
        for (var level = 0; level <= maxLevel; level++)
        {
            double? perOwner = owners[level] > 0 ? (double)ownedKeyResults[level] / owners[level] : null;
            double? growth = previous is > 0 && perOwner is > 0 ? perOwner / previous : null;
            result[level] = new HealthLevel
            {
                Level = level,
                Objectives = objectives[level],
                KeyResults = checked((int)keyResults[level]),
                Owners = owners[level],
                KeyResultsPerOwner = perOwner,
                MaxKeyResultsPerOwner = mostLoaded[level] >= 0 ? checked((int)maxCarried[level]) : null,
                MostLoadedOwnerId = mostLoaded[level] >= 0 ? c.OwnerIds[mostLoaded[level]] : null,
                GrowthFactor = growth,
            };
            previous = perOwner;
        }
        return result;
    }

    private static HealthMetrics Metrics(HealthContext c, int[] ownerLoad, HealthLevel[] levels)
    {
        var g = c.Graph;
        int cascaded = 0, localized = 0, bottomUp = 0, shared = 0;
        for (var e = 0; e < g.EdgeCount; e++)
        {
            switch (g.EdgeKindAt(e))
            {
                case EdgeKind.Cascaded: cascaded++; break;
                case EdgeKind.Localized: localized++; break;
                case EdgeKind.BottomUp: bottomUp++; break;
                case EdgeKind.Shared: shared++; break;
            }
        }
        var alignments = cascaded + localized + bottomUp + shared;
        double? Share(int count) => alignments > 0 ? (double)count / alignments : null;

        int objectives = 0, reaching = 0, tops = 0;
        for (var v = 0; v < g.NodeCount; v++)
        {
            if (!c.IsObjective(v)) continue;
            objectives++;
            if (c.ReachesTop[v]) reaching++;
            if (c.IsTopLevel[v]) tops++;
        }

        int loaded = 0, maxLoad = 0;
        long total = 0;
        string? mostLoaded = null;
        for (var o = 0; o < ownerLoad.Length; o++)
        {
            if (ownerLoad[o] == 0) continue;
            loaded++;
            total += ownerLoad[o];
            if (ownerLoad[o] > maxLoad || (ownerLoad[o] == maxLoad && string.CompareOrdinal(c.OwnerIds[o], mostLoaded) < 0))
            {
                maxLoad = ownerLoad[o];
                mostLoaded = c.OwnerIds[o];
            }
        }

        return new HealthMetrics
        {
            Objectives = objectives,
            KeyResults = g.NodeCount - objectives,
            Alignments = alignments,
            CascadedShare = Share(cascaded),
            LocalizedShare = Share(localized),
            BottomUpShare = Share(bottomUp),
            SharedShare = Share(shared),
            TopLevelObjectives = tops,
            AlignmentCoverage = objectives > 0 ? (double)reaching / objectives : null,
            LoadedOwners = loaded,
            MeanObjectivesPerOwner = loaded > 0 ? (double)total / loaded : null,
            MaxObjectivesPerOwner = maxLoad,
            MostLoadedOwnerId = mostLoaded,
            DeepestLevel = levels.Length - 1,
            Levels = levels,
        };
    }
}
