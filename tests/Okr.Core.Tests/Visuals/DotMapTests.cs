using System.Diagnostics;
using System.Xml.Linq;
using Okr.Core.Visuals;

namespace Okr.Core.Tests.Visuals;

/// <summary>The DOT map: Graphviz accepts it (<c>dot -Tsvg</c>, installed by .ci/run) and it carries the map's content.</summary>
public sealed class DotMapTests
{
    /// <summary>Runs a program with the text on stdin; fails naming what to install when it is missing.</summary>
    internal static (int Exit, string Out, string Error) Run(string program, string arguments, string? input = null, int timeoutSeconds = 120)
    {
        var info = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"'{program}' cannot be started ({e.Message}); install it (Debian: apt-get install graphviz chromium; .ci/run does this).");
            throw;
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                process.StandardInput.Write(input);
                process.StandardInput.Close();
            }
            if (!process.WaitForExit(timeoutSeconds * 1000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{program} {arguments} did not finish in {timeoutSeconds} s.");
            }
            return (process.ExitCode, output.Result, error.Result);
        }
    }

    [Theory]
    [MemberData(nameof(VisualFixtures.Samples), MemberType = typeof(VisualFixtures))]
    public void Write_EverySample_IsAcceptedByGraphviz(string file)
    {
        var rollup = VisualFixtures.Rollup(file);
        foreach (var options in new[] { MapOptions.Default, new MapOptions { ClusterByOwner = true } })
        {
            var dot = DotMap.Write(rollup, options);
            var (exit, svg, error) = Run("dot", "-Tsvg", dot);
            Assert.True(exit == 0 && error.Length == 0, $"dot -Tsvg refused the map of {file} (exit {exit}): {error}");
            var doc = XDocument.Parse(svg);
            XNamespace ns = "http://www.w3.org/2000/svg";
            // Graphviz draws one node per objective and key result, and one edge per edge of the map.
            var nodes = doc.Descendants(ns + "g").Count(g => (string?)g.Attribute("class") == "node");
            Assert.Equal(rollup.Graph.NodeCount, nodes);
        }
    }

    [Fact]
    public void Write_TechSolutions_HasTheNumbersAndStylesPerKind()
    {
        var dot = DotMap.Write(VisualFixtures.Rollup("techsolutions.json"), new MapOptions { ClusterByOwner = true });
        Assert.Contains("n_quality [label=\"Improve product quality\\nTechSolutions\\n31% behind\"", dot, StringComparison.Ordinal);
        Assert.Contains("n_ben_release -> n_mobile_app [label=\"bottom-up, weight 0\", color=\"#1a7f37\", fontcolor=\"#1a7f37\", penwidth=1.8, style=dashed];", dot, StringComparison.Ordinal);
        Assert.Contains("subgraph cluster_owner_mobile {", dot, StringComparison.Ordinal);
        Assert.Contains("label=\"Mobile App Team\";", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_EscapesQuotesBackslashesAndLineBreaks()
        => Assert.Equal("\"say \\\"hi\\\" \\\\ there\\nnow\"", DotMap.Quote("say \"hi\" \\ there\nnow"));
}
