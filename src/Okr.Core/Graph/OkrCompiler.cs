namespace Okr.Core.Graph;

/// <summary>The first step of every computation: <c>set.Compile()</c> validates an <see cref="OkrSet"/> and compiles it.</summary>
public static class OkrCompiler
{
    /// <summary>
    /// Validates the whole set and, when it has no errors, compiles it into an immutable <see cref="OkrGraph"/>.
    /// Every problem is reported at once; warnings do not stop compilation.
    /// </summary>
    /// <param name="set">The set to compile.</param>
    /// <returns>The graph (when there are no errors) and every diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is <see langword="null"/>.</exception>
    public static CompileResult Compile(this OkrSet set) => GraphCompiler.Compile(set);
}
