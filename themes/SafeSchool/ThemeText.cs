namespace ChildSafety.Themes.SafeSchool;

/// <summary>Marker for the theme's localized strings: Vietnamese text is the key, English is in ThemeText.en.resx.</summary>
public sealed class ThemeText;
