using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Okr.Core.Tests.Arbitraries;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Serialization;

/// <summary>
/// Fuzz-style properties: byte and token mutations of valid documents (<see cref="DocumentMutation"/>), random bytes
/// and stray surrogates never make anything but <see cref="OkrValidationException"/> (or a failed
/// <see cref="OkrJsonReadResult"/>) come out, and whatever is accepted still round-trips. A failure shrinks to fewer
/// edits of a shorter source and prints the edits and the mutated text.
/// </summary>
[Properties(Arbitrary = new[] { typeof(OkrJsonArbitraries) })]
public class OkrJsonFuzzTests
{
    private static bool Check(byte[] bytes)
    {
        CheckAccepted(bytes);
        return true;
    }

    /// <summary>Throws unless the bytes are accepted and round-trip, or rejected with OKR03xx diagnostics only; returns whether they were accepted.</summary>
    private static bool CheckAccepted(byte[] bytes)
    {
        var options = new OkrJsonOptions { MaxDiagnostics = 50 };
        var result = OkrJson.TryRead(new MemoryStream(bytes), options);
        foreach (var d in result.Diagnostics)
        {
            if (!d.Code.StartsWith("OKR03", StringComparison.Ordinal) || d.Path is null) throw new InvalidOperationException("Unexpected diagnostic: " + d);
            if (d.Line is null && d.Code is not (DiagnosticCodes.DocumentTooLarge or DiagnosticCodes.TooManyDiagnostics)) throw new InvalidOperationException("No line: " + d);
            if (d.Line is not null && d.Column is null) throw new InvalidOperationException("A line but no column: " + d);
        }
        if (result.Succeeded)
        {
            _ = result.CompileLocated();
            var again = OkrJson.Read(OkrJson.Write(result.Set!));
            if (!again.Equals(result.Set)) throw new InvalidOperationException("An accepted document did not round-trip.");
        }
        else
        {
            try
            {
                OkrJson.Read(new MemoryStream(bytes), options);
                throw new InvalidOperationException("Read succeeded where TryRead failed.");
            }
            catch (OkrValidationException e) when (e.Diagnostics.Count > 0)
            {
            }
            if (result.CompileLocated().Succeeded) throw new InvalidOperationException("Compile of a failed read succeeded.");
        }
        return result.Succeeded;
    }

    [OkrProperty(Runs = 6_000)]
    public Property Fuzz_MutatedDocuments_OnlyEverFailWithOkrDiagnostics(DocumentMutation mutation)
    {
        var accepted = CheckAccepted(mutation.Apply().Bytes);
        return true.Classify(accepted, "accepted (round-tripped)");
    }

    [Fact]
    public void Coverage_MutatedDocuments_SomeAreAcceptedAndMostAreRejected()
    {
        // Both branches of Check must run: accepted documents round-trip, rejected ones fail the same way twice.
        var accepted = Coverage.Share(DocumentMutation.Arbitrary(), m => OkrJson.TryRead(new MemoryStream(m.Apply().Bytes)).Succeeded, samples: 200);
        Assert.InRange(accepted, 0.02, 0.9);
    }

    [OkrProperty(Runs = 500)]
    public bool Fuzz_RandomBytes_OnlyEverFailWithOkrDiagnostics(byte[] bytes) => Check(bytes);

    private static readonly string FirstSample = File.ReadAllText(SampleData.Files[0]);

    private static readonly char[] Pool = ['\uD800', '\uDC00', '\u0000', '\u001f', '"', '\\', '{', '}', 'é', '\uFFFF', '\uFEFF'];

    [OkrProperty(Runs = 500)]
    public void Fuzz_StringsWithLoneSurrogatesAndControlCharacters_OnlyEverFailWithOkrDiagnostics(NonEmptyArray<NonNegativeInt> positions, NonEmptyArray<NonNegativeInt> characters)
    {
        var text = new StringBuilder(FirstSample);
        foreach (var (at, c) in positions.Get.Zip(characters.Get).Take(3)) text.Insert(at.Get * 7919 % (text.Length + 1), Pool[c.Get % Pool.Length]);
        var result = OkrJson.TryRead(text.ToString());
        Assert.All(result.Diagnostics, d => Assert.StartsWith("OKR03", d.Code));
        if (result.Succeeded) Assert.Equal(result.Set, OkrJson.Read(OkrJson.Write(result.Set!)));
    }

    [Fact]
    public void Fuzz_ReplacementsAtEveryTokenOfTechSolutions_OnlyEverFailWithOkrDiagnostics()
    {
        var source = File.ReadAllBytes(SampleData.PathOf("techsolutions.json"));
        var tokens = DocumentMutation.Tokens(source);
        var accepted = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var (start, end) = tokens[t];
            // Five replacements per token, rotating so every replacement meets every kind of token.
            for (var k = 0; k < 5; k++)
            {
                var replacement = DocumentMutation.Replacements[(t * 7 + k * 11) % DocumentMutation.Replacements.Length];
                var bytes = new List<byte>(source);
                bytes.RemoveRange(start, end - start);
                bytes.InsertRange(start, Encoding.UTF8.GetBytes(replacement));
                if (CheckAccepted([.. bytes])) accepted++;
            }
        }
        Assert.True(accepted > 0);
    }
}
