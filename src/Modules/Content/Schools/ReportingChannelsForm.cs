using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using ChildSafety.Core;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Content.Schools;

/// <summary>The editable fields of a school's <see cref="ReportingChannels"/>, checked before anything is saved.</summary>
public sealed partial class ReportingChannelsForm
{
    public const int TextLength = 300;
    public const int PhoneLength = 30;
    public const int EmailLength = 200;

    public string? Address { get; set; }

    public string? Mailbox { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? ContactPerson { get; set; }

    public static ReportingChannelsForm From(ReportingChannels? channels) => new()
    {
        Address = channels?.Address,
        Mailbox = channels?.Mailbox,
        Phone = channels?.Phone,
        Email = channels?.Email,
        ContactPerson = channels?.ContactPerson,
    };

    public Outcome Validate(IStringLocalizer<ContentText> text)
    {
        var outcome = new Outcome();
        foreach (var (field, value) in new[] { (nameof(Address), Address), (nameof(Mailbox), Mailbox), (nameof(ContactPerson), ContactPerson) })
        {
            if (value?.Trim().Length > TextLength)
            {
                outcome.Add(field, text["Mỗi ô dài tối đa {0} ký tự.", TextLength]);
            }
        }
        if (!string.IsNullOrWhiteSpace(Phone) && (Phone.Trim().Length > PhoneLength || !PhoneNumber().IsMatch(Phone.Trim())))
        {
            outcome.Add(nameof(Phone), text["Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, gạch nối và dấu + ở đầu, ví dụ 0292 3812 345."]);
        }
        if (!string.IsNullOrWhiteSpace(Email) && (Email.Trim().Length > EmailLength || !new EmailAddressAttribute().IsValid(Email.Trim())))
        {
            outcome.Add(nameof(Email), text["Địa chỉ e-mail không hợp lệ."]);
        }
        return outcome;
    }

    public void ApplyTo(ReportingChannels channels)
    {
        channels.Address = Clean(Address);
        channels.Mailbox = Clean(Mailbox);
        channels.Phone = Clean(Phone);
        channels.Email = Clean(Email);
        channels.ContactPerson = Clean(ContactPerson);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\+?[0-9][0-9 .\-]{2,}[0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneNumber();
}
