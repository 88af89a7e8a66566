using System.Globalization;
using Okr.Core;

namespace Okr.Cli.Rendering;

/// <summary>
/// Draws the progress of reading, compiling, rolling up and analysing on one line of standard error, redrawn in place
/// with a carriage return and cleared when each step ends. Only made when standard error is a terminal and
/// <c>NO_COLOR</c> is not set (<see cref="CliContext.FromProcess"/>), so captured or redirected output never holds it.
/// </summary>
internal sealed class TerminalProgress(TextWriter error) : IProgress<OkrProgress>
{
    private const int Width = 40;

    /// <inheritdoc/>
    public void Report(OkrProgress value)
    {
        if (value.Fraction >= 1)
        {
            error.Write("\r" + new string(' ', Width) + "\r");
        }
        else
        {
            var step = value.Step switch
            {
                OkrStep.Reading => "reading",
                OkrStep.Compiling => "compiling",
                OkrStep.Computing => "rolling up",
                _ => "analysing health",
            };
            error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{step,-17} {(int)(value.Fraction * 100),3}%"));
        }
        error.Flush();
    }
}
