using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Okr.Core.Visuals;

namespace Okr.Core.Tests.Visuals;

/// <summary>
/// The HTML report of every sample, opened from disk by a real browser: headless Chromium (Debian's <c>chromium</c>,
/// installed by .ci/run) loads it with console logging on, must report no console error, and must take a screenshot
/// that is not blank, judged by its decoded pixels.
/// </summary>
public sealed partial class HtmlReportBrowserTests
{
    [GeneratedRegex(@"Uncaught|:CONSOLE\(\d+\)\]|console\.error", RegexOptions.IgnoreCase)]
    private static partial Regex ConsoleError();

    private static string Chromium()
    {
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            {
                if (dir.Length > 0 && File.Exists(Path.Combine(dir, name))) return Path.Combine(dir, name);
            }
        }
        Assert.Fail("No chromium on PATH: install Debian's chromium package (.ci/run does this).");
        return "";
    }

    /// <summary>Opens the page from disk, returns the decoded screenshot and Chromium's log.</summary>
    private static (PngImage Image, string Log) Open(string htmlPath)
    {
        var folder = Path.GetDirectoryName(htmlPath)!;
        var png = Path.Combine(folder, "screenshot.png");
        var profile = Path.Combine(folder, "profile");
        var args = $"--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --user-data-dir=\"{profile}\" " +
                   $"--enable-logging=stderr --v=0 --window-size=1280,2000 --screenshot=\"{png}\" \"file://{htmlPath}\"";
        var (exit, output, error) = DotMapTests.Run(Chromium(), args, timeoutSeconds: 180);
        Assert.True(exit == 0, $"chromium exited with {exit}: {error}");
        Assert.True(File.Exists(png), $"chromium wrote no screenshot: {error}");
        var image = PngImage.Decode(File.ReadAllBytes(png));
        Directory.Delete(folder, recursive: true); // the page, the screenshot and the browser profile
        return (image, output + error);
    }

    private static string TempFile(string name)
        => Path.Combine(Directory.CreateTempSubdirectory("okr-html-").FullName, name);

    [Theory]
    [MemberData(nameof(VisualFixtures.Samples), MemberType = typeof(VisualFixtures))]
    public void Report_OfEverySample_OpensFromDiskWithoutConsoleErrorsAndIsNotBlank(string file)
    {
        var rollup = VisualFixtures.Rollup(file);
        var html = HtmlReport.Write(rollup, rollup.Graph.AnalyzeHealth(rollup.AsOf));

        // Self-contained: no script, nothing fetched (the only URL is the SVG namespace, which is a name, not a fetch).
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);

        var path = TempFile(Path.ChangeExtension(file, ".html"));
        File.WriteAllText(path, html);
        var (image, log) = Open(path);
        var errors = log.Split('\n').Where(l => ConsoleError().IsMatch(l)).ToList();
        Assert.True(errors.Count == 0, "console errors:\n" + string.Join("\n", errors));

        Assert.Equal(1280, image.Width);
        Assert.Equal(2000, image.Height);
        // Not blank: text and cards cover a real part of the page, and the status colours are there.
        int inked = 0, coloured = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var (r, g, b, _) = image[x, y];
                if (r < 200 || g < 200 || b < 200) inked++;
                if (Math.Max(r, Math.Max(g, b)) - Math.Min(r, Math.Min(g, b)) > 60) coloured++;
            }
        }
        Assert.True(inked > image.Width * image.Height / 100, $"only {inked} dark pixels: the page looks blank");
        Assert.True(coloured > 1_000, $"only {coloured} coloured pixels: no map or charts drawn");
    }

    [Fact]
    public void ConsoleCheck_CatchesAPageThatLogsAnError()
    {
        // The check above must be able to fail: the same run on a page that logs an error is caught.
        var path = TempFile("broken.html");
        File.WriteAllText(path, "<!DOCTYPE html><html><body><h1>x</h1><script>console.error('boom'); undefinedCall();</script></body></html>");
        var (_, log) = Open(path);
        Assert.Contains(log.Split('\n'), l => ConsoleError().IsMatch(l));
    }

    [Fact]
    public void ScreenshotOfABlankPage_IsBlank()
    {
        var path = TempFile("blank.html");
        File.WriteAllText(path, "<!DOCTYPE html><html><body style=\"background:#fff\"></body></html>");
        var (image, _) = Open(path);
        for (var y = 0; y < image.Height; y += 7)
        {
            for (var x = 0; x < image.Width; x += 7) Assert.Equal((255, 255, 255), (image[x, y].R, image[x, y].G, image[x, y].B));
        }
    }

    [Fact]
    public void PngDecoder_UndoesEveryRowFilter()
    {
        // A 3 x 5 RGB image, one row per filter type (None, Sub, Up, Average, Paeth), encoded here by the spec.
        const int width = 3, height = 5, channels = 3;
        var pixels = new byte[width * height * channels];
        for (var i = 0; i < pixels.Length; i++) pixels[i] = (byte)(i * 37 + 11);
        var raw = new List<byte>();
        for (var y = 0; y < height; y++)
        {
            raw.Add((byte)y);
            for (var i = 0; i < width * channels; i++)
            {
                int at = y * width * channels + i;
                int a = i >= channels ? pixels[at - channels] : 0, b = y > 0 ? pixels[at - width * channels] : 0, c = i >= channels && y > 0 ? pixels[at - width * channels - channels] : 0;
                var p = a + b - c;
                var paeth = Math.Abs(p - a) <= Math.Abs(p - b) && Math.Abs(p - a) <= Math.Abs(p - c) ? a : Math.Abs(p - b) <= Math.Abs(p - c) ? b : c;
                var predictor = y switch { 0 => 0, 1 => a, 2 => b, 3 => (a + b) / 2, _ => paeth };
                raw.Add((byte)(pixels[at] - predictor));
            }
        }
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write([.. raw]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        (header[8], header[9]) = (8, 2);
        var png = new List<byte>([137, 80, 78, 71, 13, 10, 26, 10]);
        void Chunk(string type, byte[] data)
        {
            var length = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
            png.AddRange(length);
            png.AddRange(System.Text.Encoding.ASCII.GetBytes(type));
            png.AddRange(data);
            png.AddRange(new byte[4]); // the CRC is not checked
        }
        Chunk("IHDR", header);
        Chunk("IDAT", compressed.ToArray());
        Chunk("IEND", []);

        var image = PngImage.Decode([.. png]);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var s = (y * width + x) * channels;
                Assert.Equal((pixels[s], pixels[s + 1], pixels[s + 2], (byte)255), image[x, y]);
            }
        }
    }
}
