namespace ChildSafety.Site;

/// <summary>Marker for the host's localized strings: Vietnamese text is the key, English is in SiteText.en.resx.</summary>
public sealed class SiteText;
