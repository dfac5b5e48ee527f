namespace ChildSafety.Training.Certificates;

/// <summary>
/// Issued with the passing attempt, in the same transaction. The organization is the one the person belonged to
/// when it was issued; revocation keeps the certificate and says who revoked it and why.
/// </summary>
public sealed class Certificate
{
    public long Id { get; set; }

    public required string Serial { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>The course it certifies; on renewal the version taken may be the refresher's.</summary>
    public int CourseId { get; set; }

    public int CourseVersionId { get; set; }

    public long AttemptId { get; set; }

    public int OrganizationId { get; set; }

    public string OrganizationPath { get; set; } = "/";

    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public Guid? RevokedById { get; set; }

    public string? RevokedReason { get; set; }

    public CertificateStatus StatusAt(DateTimeOffset now) =>
        RevokedAt is not null ? CertificateStatus.Revoked : now >= ExpiresAt ? CertificateStatus.Expired : CertificateStatus.Valid;
}
