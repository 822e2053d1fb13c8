using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ClientStor.Api.Features.Docs;

/// <summary>
/// Renders the first page of a PDF to PNG with poppler-utils (<c>pdfinfo</c>, <c>pdftoppm</c>): separate processes, no
/// shell, in a temporary directory of their own, each with a time limit, at 150 dpi or less so the longer side stays
/// within <see cref="MaxSide"/> pixels, and the PNG within <see cref="MaxPngBytes"/>.
/// </summary>
public sealed partial class PdfPages(ILogger<PdfPages> log)
{
    public const int MaxSide = 4000;
    public const long MaxPngBytes = 64L * 1024 * 1024;
    private const int Dpi = 150;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>The first page as PNG bytes; <see cref="FloorPlanDrawingException"/> when it cannot be rendered.</summary>
    public async Task<byte[]> RenderFirstPageAsync(Stream pdf, CancellationToken ct)
    {
        var dir = Directory.CreateTempSubdirectory("clientstor-pdf-");
        try
        {
            var input = Path.Combine(dir.FullName, "in.pdf");
            await using (var file = File.Create(input))
            {
                pdf.Position = 0;
                await pdf.CopyToAsync(file, ct);
            }
            var info = await RunAsync("pdfinfo", ["-f", "1", "-l", "1", input], dir.FullName, ct);
            var dpi = (double)Dpi;
            if (PageSize().Match(info) is { Success: true } size)
            {
                var longest = Math.Max(double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture));
                if (longest > 0)
                    dpi = Math.Min(Dpi, MaxSide * 72.0 / longest);
            }
            var output = Path.Combine(dir.FullName, "page");
            await RunAsync("pdftoppm", ["-png", "-r", Math.Max(1, (int)dpi).ToString(CultureInfo.InvariantCulture), "-f", "1", "-l", "1", "-singlefile", input, output],
                dir.FullName, ct);
            var png = new FileInfo(output + ".png");
            if (!png.Exists || png.Length == 0)
                throw new FloorPlanDrawingException("The PDF could not be rendered: its first page gave no image.");
            if (png.Length > MaxPngBytes)
                throw new FloorPlanDrawingException("The PDF's first page renders to an image too large to show.");
            return await File.ReadAllBytesAsync(png.FullName, ct);
        }
        finally
        {
            try { dir.Delete(recursive: true); } catch (IOException) { }
        }
    }

    private async Task<string> RunAsync(string program, string[] arguments, string workDir, CancellationToken ct)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workDir, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
        };
        foreach (var a in arguments)
            start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new FloorPlanDrawingException("PDF rendering is not available on this server.", 503);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            log.LogError(e, "{Program} could not be started: install Debian's poppler-utils to render PDF floor plans", program);
            throw new FloorPlanDrawingException("PDF rendering is not available on this server (poppler-utils is not installed).", 503);
        }
        using (process)
        {
            process.StandardInput.Close();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Timeout);
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                ct.ThrowIfCancellationRequested();
                throw new FloorPlanDrawingException($"The PDF could not be rendered within {Timeout.TotalSeconds:N0} seconds.");
            }
            if (process.ExitCode != 0)
            {
                log.LogInformation("{Program} exited with {Code}: {Error}", program, process.ExitCode, (await stderr).Trim());
                throw new FloorPlanDrawingException("The PDF could not be rendered: it is damaged, encrypted or not a PDF poppler can read.");
            }
            return await stdout;
        }
    }

    [GeneratedRegex(@"Page(?:\s+1)?\s+size:\s+([\d.]+)\s+x\s+([\d.]+)\s+pts")]
    private static partial Regex PageSize();
}
