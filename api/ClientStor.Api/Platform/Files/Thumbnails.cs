using SkiaSharp;

namespace ClientStor.Api.Platform.Files;

/// <summary>
/// Small previews of uploaded images (PNG, JPEG, GIF, WebP), made with SkiaSharp: at most <see cref="MaxSide"/> pixels a
/// side, encoded as WebP. The image's header is read first: pictures too large to decode within a bounded amount of
/// memory get no thumbnail (JPEG decodes at 1/2, 1/4 or 1/8 scale, so even large photos stay small).
/// </summary>
public static class Thumbnails
{
    public const int MaxSide = 320;
    /// <summary>At most this many pixels are decoded (64 MB as RGBA): a decompression bomb gets no thumbnail.</summary>
    public const long MaxDecodedPixels = 16_000_000;

    public static readonly string[] Types = ["image/png", "image/jpeg", "image/gif", "image/webp"];

    /// <summary>The thumbnail (WebP) and the picture's size, or null when the bytes are no image Skia can safely decode.</summary>
    public static (byte[] Webp, int Width, int Height)? Create(Stream content)
    {
        content.Position = 0;
        using var managed = new SKManagedStream(content, disposeManagedStream: false);
        using var codec = SKCodec.Create(managed);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
            return null;
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        var target = Math.Min(1f, (float)MaxSide / Math.Max(width, height));
        // Ask the codec for the smallest size it can decode at that is not below the target (JPEG: 1/8 steps).
        var scaled = codec.GetScaledDimensions(Math.Min(1f, target * 2));
        if ((long)scaled.Width * scaled.Height > MaxDecodedPixels)
            return null;
        var info = new SKImageInfo(scaled.Width, scaled.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
            return null;
        var outWidth = Math.Max(1, (int)Math.Round(width * target));
        var outHeight = Math.Max(1, (int)Math.Round(height * target));
        using var small = decoded.Resize(new SKImageInfo(outWidth, outHeight, SKColorType.Rgba8888, SKAlphaType.Premul),
            new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (small is null)
            return null;
        using var image = SKImage.FromBitmap(small);
        using var data = image.Encode(SKEncodedImageFormat.Webp, 80);
        return data is null ? null : (data.ToArray(), width, height);
    }
}
