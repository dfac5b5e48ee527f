namespace ChildSafety.Training.Audit;

public sealed record SchoolContact(Guid PersonId, string FullName, string Email, string? Phone, string? Culture);
