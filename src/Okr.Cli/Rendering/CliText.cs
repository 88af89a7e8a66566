namespace Okr.Cli.Rendering;

/// <summary>Small pieces of the tool's English text, written once.</summary>
internal static class CliText
{
    /// <summary>"1 file", "3 files".</summary>
    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
