namespace ChildSafety.Training.Audit.Api;

public sealed record OrganizationJson(int Id, string Name, string Kind, int? ParentId);
