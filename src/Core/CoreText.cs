namespace ChildSafety.Core;

/// <summary>Marker for the shared kernel's localized strings: Vietnamese text is the key, English is in CoreText.en.resx.</summary>
public sealed class CoreText;
