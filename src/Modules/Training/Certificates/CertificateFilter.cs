namespace ChildSafety.Training.Certificates;

/// <summary>What an officer narrows the certificate list to; every part is optional.</summary>
public sealed record CertificateFilter(string? Serial, int? CourseId, CertificateStatus? Status, int? OrganizationId);
