using ChildSafety.Training.Certificates;
using ChildSafety.Training.Learning;

namespace ChildSafety.Training.Tests.Courses;

public class RecertificationTests
{
    private static readonly DateTimeOffset Issued = new(2026, 1, 31, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Certificate_expires_after_validity_months()
    {
        Assert.Equal(new DateTimeOffset(2027, 1, 31, 3, 0, 0, TimeSpan.Zero), Recertification.ExpiryOf(Issued, 12));
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 3, 0, 0, TimeSpan.Zero), Recertification.ExpiryOf(Issued, 1));
    }

    [Fact]
    public void Renewal_opens_sixty_days_before_expiry_and_closes_at_expiry()
    {
        var expires = Recertification.ExpiryOf(Issued, 12);
        Assert.False(Recertification.IsOpen(expires, expires.AddDays(-61)));
        Assert.True(Recertification.IsOpen(expires, expires.AddDays(-60)));
        Assert.True(Recertification.IsOpen(expires, expires.AddSeconds(-1)));
        Assert.False(Recertification.IsOpen(expires, expires));
    }

    [Fact]
    public void Revocation_outranks_expiry_and_expiry_starts_at_the_instant()
    {
        var certificate = new Certificate { Serial = "CS-2026-AAAA-BBBB", IssuedAt = Issued, ExpiresAt = Issued.AddMonths(12) };
        Assert.Equal(CertificateStatus.Valid, certificate.StatusAt(certificate.ExpiresAt.AddTicks(-1)));
        Assert.Equal(CertificateStatus.Expired, certificate.StatusAt(certificate.ExpiresAt));
        certificate.RevokedAt = Issued.AddDays(1);
        Assert.Equal(CertificateStatus.Revoked, certificate.StatusAt(Issued.AddDays(2)));
    }

    [Fact]
    public void Status_follows_certificate_then_due_date_then_activity()
    {
        var now = Issued.AddMonths(6);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        Assert.Equal(TrainingStatus.Passed, TrainingStatuses.Of(Issued.AddMonths(12), today.AddDays(-5), true, now, today));
        Assert.Equal(TrainingStatus.ExpiringSoon, TrainingStatuses.Of(now.AddDays(30), null, true, now, today));
        Assert.Equal(TrainingStatus.Overdue, TrainingStatuses.Of(now.AddDays(-1), today.AddDays(-1), true, now, today));
        Assert.Equal(TrainingStatus.InProgress, TrainingStatuses.Of(null, today, true, now, today));
        Assert.Equal(TrainingStatus.NotStarted, TrainingStatuses.Of(null, null, false, now, today));
    }

    [Fact]
    public void Serials_use_the_unambiguous_alphabet_and_normalize_what_people_type()
    {
        var serial = CertificateSerial.New(Issued);
        Assert.Matches("^CS-2026-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$", serial);
        Assert.Equal(serial, CertificateSerial.Normalize($"  {serial.ToLowerInvariant()} "));
        Assert.Null(CertificateSerial.Normalize("../etc/passwd"));
    }
}
