namespace ChildSafety.Content;

/// <summary>Marker for the Content module's localized strings: Vietnamese text is the key, English comes in ContentText.en.resx.</summary>
public sealed class ContentText;
