namespace ChildSafety.Training.Curriculum;

/// <summary>A link to evidence kept elsewhere (a shared drive, the school's website): absolute http or https only.</summary>
public static class EvidenceLink
{
    public const int MaxLength = 500;

    public static bool IsValid(string? url)
    {
        var clean = Clean(url);
        return clean is null || clean.Length <= MaxLength
            && Uri.TryCreate(clean, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
    }

    public static string? Clean(string? url) => string.IsNullOrWhiteSpace(url) ? null : url.Trim();
}
