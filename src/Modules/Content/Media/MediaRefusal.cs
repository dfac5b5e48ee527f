namespace ChildSafety.Content.Media;

/// <summary>Why an upload was refused; each has its own message for the editor.</summary>
public enum MediaRefusal
{
    Empty,
    TooLarge,

    /// <summary>Not PDF, JPEG, PNG or WebP by its bytes: SVG, executables, office files, whatever the name says.</summary>
    NotAllowedKind,

    /// <summary>Starts like an image but its header cannot be read.</summary>
    Unreadable,
    TooManyPixels,

    /// <summary>Has a PDF's signature but not a PDF's ending: cut off, or something else wearing the signature.</summary>
    NotAPdf,
}
