namespace ChildSafety.Content.Schools;

/// <summary>
/// How a pupil or parent reaches a school about a safety concern, shown on the school's public page next to
/// hotline 111: the suggestion box (hòm thư góp ý) and where it stands, a phone, an e-mail, a named person.
/// </summary>
public sealed class ReportingChannels
{
    /// <summary>The school's organization id; one record per school.</summary>
    public int OrganizationId { get; set; }

    public string? Address { get; set; }

    /// <summary>Where the suggestion box is, e.g. "Cạnh phòng y tế, tầng 1".</summary>
    public string? Mailbox { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>Name and role of the person who receives reports, e.g. "Cô Nguyễn Thị Mai, Phó Hiệu trưởng".</summary>
    public string? ContactPerson { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid UpdatedBy { get; set; }

    /// <summary>Whether the page shows at least one way to report besides hotline 111.</summary>
    public bool HasAnyChannel =>
        !string.IsNullOrWhiteSpace(Mailbox) || !string.IsNullOrWhiteSpace(Phone) || !string.IsNullOrWhiteSpace(Email) || !string.IsNullOrWhiteSpace(ContactPerson);
}
