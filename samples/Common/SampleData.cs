namespace Okr.Samples;

/// <summary>Finds the data files in <c>samples/data</c> from wherever a sample runs (the repository, bin/, a test).</summary>
public static class SampleData
{
    /// <summary>The full path of <paramref name="fileName"/> in <c>samples/data</c>.</summary>
    /// <exception cref="FileNotFoundException">No <c>samples/data</c> folder above the working directory or the program.</exception>
    public static string PathOf(string fileName)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "data", fileName);
                if (File.Exists(candidate)) return candidate;
            }
        }
        throw new FileNotFoundException($"Cannot find samples/data/{fileName} above {Directory.GetCurrentDirectory()}; run the sample from the repository or pass the file's path.", fileName);
    }
}
