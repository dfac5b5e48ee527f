namespace ChildSafety.Training.Certificates;

/// <summary>What the printed certificate shows.</summary>
public sealed record CertificatePrint(string FullName, string CourseTitle, string OrganizationName, string Serial, DateOnly IssuedOn, DateOnly ExpiresOn, Uri VerifyUrl);
