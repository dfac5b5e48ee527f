namespace ChildSafety.Content.Media;

/// <summary>What an &lt;img&gt; of a library image needs so the browser fetches the smallest variant that is sharp enough.</summary>
public sealed record ResponsiveImage(string Src, string Srcset, int Width, int Height)
{
    /// <summary>The theme's .prose column is at most 46rem wide; below that the image spans the screen.</summary>
    public const string Sizes = "(min-width: 48rem) 46rem, 100vw";

    /// <summary>List cards are at least 16rem wide, several to a row on a wide screen, one on a phone.</summary>
    public const string CardSizes = "(min-width: 48rem) 22rem, 100vw";
}
