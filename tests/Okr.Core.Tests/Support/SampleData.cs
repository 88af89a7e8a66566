namespace Okr.Core.Tests.Support;

/// <summary>Finds the repository's <c>samples/data</c> and <c>docs</c> folders from the test's output directory.</summary>
public static class SampleData
{
    /// <summary>The repository root: the first ancestor of the test binaries holding <c>Okr.Core.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The sample documents, sorted by name.</summary>
    public static IReadOnlyList<string> Files => [.. Directory.GetFiles(Path.Combine(Root, "samples", "data"), "*.json").Order(StringComparer.Ordinal)];

    /// <summary>The full path of one sample document.</summary>
    public static string PathOf(string file) => Path.Combine(Root, "samples", "data", file);

    /// <summary>The full path of a file under <c>docs</c>.</summary>
    public static string DocsPath(string file) => Path.Combine(Root, "docs", file);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Okr.Core.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Okr.Core.sln not found above " + AppContext.BaseDirectory);
    }
}
