namespace ChildSafety.Training.Commitments;

/// <summary>A signing link as handed out once: the token itself is never stored, so this is the only time it is seen.</summary>
public sealed record IssuedLink(long InvitationId, string ClassName, string PupilName, string Token);
