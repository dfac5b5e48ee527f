namespace ChildSafety.Training.Certificates;

/// <summary>A certificate as lists and the verification page show it.</summary>
public sealed record CertificateView(
    long Id,
    string Serial,
    Guid PersonId,
    string FullName,
    string CourseTitle,
    string OrganizationName,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    string? RevokedReason,
    CertificateStatus Status);
