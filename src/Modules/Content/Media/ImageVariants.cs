using SkiaSharp;

namespace ChildSafety.Content.Media;

/// <summary>
/// Decodes an accepted image, turns it upright, and re-encodes it as WebP at each library width. Only pixels are
/// carried over, so EXIF — camera, time, GPS position of a photo of children — is gone from every variant.
/// </summary>
public static class ImageVariants
{
    /// <summary>The variants, narrowest first; empty when the pixels cannot be decoded after all.</summary>
    public static IReadOnlyList<EncodedVariant> Encode(byte[] content)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        using var decoded = codec is null ? null : DecodeWhole(codec);
        if (codec is null || decoded is null)
        {
            return [];
        }
        var upright = Upright(decoded, codec.EncodedOrigin);
        try
        {
            return WidthsFor(upright.Width).Select(width => EncodeAt(upright, width)).ToList();
        }
        finally
        {
            if (!ReferenceEquals(upright, decoded))
            {
                upright.Dispose();
            }
        }
    }

    /// <summary>
    /// The pixels only if every one of them was in the file. SKBitmap.Decode accepts a cut-off file and fills the
    /// missing rows with grey, which would publish a broken picture as if it were whole.
    /// </summary>
    private static SKBitmap? DecodeWhole(SKCodec codec)
    {
        var info = codec.Info;
        info = new SKImageInfo(info.Width, info.Height, info.ColorType, info.AlphaType == SKAlphaType.Unpremul ? SKAlphaType.Premul : info.AlphaType);
        var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) == SKCodecResult.Success)
        {
            return bitmap;
        }
        bitmap.Dispose();
        return null;
    }

    /// <summary>The library widths below the image's own, then the image's own width capped at the widest.</summary>
    public static IReadOnlyList<int> WidthsFor(int width)
    {
        var widest = Math.Min(width, MediaLimits.Widths[^1]);
        return [.. MediaLimits.Widths.Where(w => w < widest), widest];
    }

    private static EncodedVariant EncodeAt(SKBitmap source, int width)
    {
        var height = Math.Max(1, (int)Math.Round((double)source.Height * width / source.Width));
        using var resized = width == source.Width
            ? source.Copy()
            : source.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var image = SKImage.FromBitmap(resized);
        using var webp = image.Encode(SKEncodedImageFormat.Webp, MediaLimits.WebpQuality);
        return new EncodedVariant(width, height, webp.ToArray());
    }

    /// <summary>
    /// Phones store photos sideways with an orientation tag; once the tag is stripped the pixels must already be
    /// upright. Mirrored orientations come from editing apps rather than cameras and are left as they are.
    /// </summary>
    private static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        var (width, height, degrees) = origin switch
        {
            SKEncodedOrigin.BottomRight => (bitmap.Width, bitmap.Height, 180),
            SKEncodedOrigin.RightTop => (bitmap.Height, bitmap.Width, 90),
            SKEncodedOrigin.LeftBottom => (bitmap.Height, bitmap.Width, 270),
            _ => (bitmap.Width, bitmap.Height, 0),
        };
        if (degrees == 0)
        {
            return bitmap;
        }
        var rotated = new SKBitmap(width, height, bitmap.ColorType, bitmap.AlphaType);
        using var canvas = new SKCanvas(rotated);
        canvas.Translate(width / 2f, height / 2f);
        canvas.RotateDegrees(degrees);
        canvas.Translate(-bitmap.Width / 2f, -bitmap.Height / 2f);
        canvas.DrawBitmap(bitmap, 0, 0, SKSamplingOptions.Default, null);
        return rotated;
    }
}
