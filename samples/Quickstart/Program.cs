using Okr.Core;

// Builds the TechSolutions quarter from the domain notes and prints its alignment graph.
var set = new OkrSetBuilder()
    .AddOwner("techsolutions", "TechSolutions", OwnerKind.Company)
    .AddOwner("product-dev", "Product Development", OwnerKind.Department, "techsolutions")
    .AddOwner("mobile", "Mobile App Team", OwnerKind.Team, "product-dev")
    .AddPeriod(Period.Quarter(2026, 1))
    .AddObjective("quality", "Improve product quality", "techsolutions", "2026-Q1")
    .AddKeyResult("bugs", "Reduce reported bugs by 30%", "quality", Measure.Metric(100, 70, current: 85), "product-dev")
    .AddKeyResult("csat", "Customer satisfaction from 4.2 to 4.5", "quality", Measure.Metric(4.2, 4.5, current: 4.35))
    .AddObjective("mobile-app", "Make the mobile app a joy to use", "mobile", "2026-Q1")
    .AddKeyResult("app-rating", "App rating from 4.2 to 4.5", "mobile-app", Measure.Metric(4.2, 4.5, current: 4.38))
    .ContributeTo("mobile-app", "quality")
    .Build();

var graph = set.Compile().ThrowIfFailed();
var stack = new Stack<(int Node, int Depth)>();
foreach (var root in graph.Roots) stack.Push((root, 0));
while (stack.Count > 0)
{
    var (node, depth) = stack.Pop();
    Console.WriteLine($"{new string(' ', depth * 2)}{graph[node].Kind} {graph[node].Id}: {graph[node].Title}");
    foreach (var child in graph.GetChildren(node)) stack.Push((child, depth + 1));
}
