namespace ChildSafety.Training.Quizzes;

/// <summary>
/// Extra attempts an officer gave one person on one course after they used up its attempt limit.
/// <see cref="AfterAttempt"/> is the number of the person's last attempt when granted, so a grant counts until the
/// person next passes and never carries over into a later renewal.
/// </summary>
public sealed class AttemptGrant
{
    public long Id { get; set; }

    public Guid PersonId { get; set; }

    public int CourseId { get; set; }

    public int OrganizationId { get; set; }

    public string OrganizationPath { get; set; } = "/";

    public int AfterAttempt { get; set; }

    public int Extra { get; set; }

    public Guid GrantedById { get; set; }

    public DateTimeOffset GrantedAt { get; set; }
}
