namespace ChildSafety.Core.Files;

/// <summary>Why an upload was not kept as evidence.</summary>
public enum EvidenceProblem
{
    None = 0,
    Missing = 1,
    TooLarge = 2,
    WrongKind = 3,
}
