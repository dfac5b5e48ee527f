namespace ChildSafety.Training;

/// <summary>Marker for the module's localized strings: Vietnamese text is the key, English is in TrainingText.en.resx.</summary>
public sealed class TrainingText;
