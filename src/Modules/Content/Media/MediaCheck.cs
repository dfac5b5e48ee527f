using ChildSafety.Core.Files;
using SkiaSharp;

namespace ChildSafety.Content.Media;

/// <summary>
/// What an upload really is, decided from its bytes alone: the signature, then for images SkiaSharp's reading of the
/// header — which gives the dimensions without decoding a pixel, so an image too big to decode is refused cheaply.
/// </summary>
public sealed record MediaCheck(MediaRefusal? Refusal, MediaKind Kind = MediaKind.Image, int Width = 0, int Height = 0)
{
    public bool Accepted => Refusal is null;

    public static MediaCheck Of(byte[] content)
    {
        if (content.Length == 0)
        {
            return new(MediaRefusal.Empty);
        }
        if (content.Length > MediaLimits.MaxBytes)
        {
            return new(MediaRefusal.TooLarge);
        }
        switch (FileSignature.ExtensionOf(content))
        {
            case null:
                return new(MediaRefusal.NotAllowedKind);
            case ".pdf":
                return PdfEnding.IsPresent(content) ? new(null, MediaKind.Document) : new(MediaRefusal.NotAPdf, MediaKind.Document);
        }
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return new(MediaRefusal.Unreadable);
        }
        if (codec.EncodedFormat is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png or SKEncodedImageFormat.Webp))
        {
            return new(MediaRefusal.NotAllowedKind);
        }
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        return (long)width * height > MediaLimits.MaxPixels
            ? new(MediaRefusal.TooManyPixels, MediaKind.Image, width, height)
            : new(null, MediaKind.Image, width, height);
    }
}
