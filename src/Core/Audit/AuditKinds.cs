namespace ChildSafety.Core.Audit;

/// <summary>The kinds of events the trail records; modules add their own with the same dotted shape.</summary>
public static class AuditKinds
{
    public const string RoleGranted = "role.granted";
    public const string RoleRevoked = "role.revoked";
    public const string PersonDeactivated = "person.deactivated";
    public const string PersonReactivated = "person.reactivated";
    public const string PersonErased = "person.erased";
}
