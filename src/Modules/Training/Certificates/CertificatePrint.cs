namespace ChildSafety.Training.Certificates;

/// <summary>What a printed certificate says: who, which course, which school, its serial, dates and where to verify it.</summary>
public sealed record CertificatePrint(
    string FullName,
    string CourseTitle,
    string OrganizationName,
    string Serial,
    DateOnly IssuedOn,
    DateOnly ExpiresOn,
    Uri VerifyUrl);
