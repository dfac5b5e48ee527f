namespace ChildSafety.Training.Certificates;

public enum CertificateStatus
{
    Valid,
    Expired,
    Revoked,
}
