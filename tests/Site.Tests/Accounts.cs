using System.Web;
using MimeKit;

namespace ChildSafety.Site.Tests;

/// <summary>The account journeys several specifications walk through, as a person does in the browser.</summary>
internal static class Accounts
{
    public const string WrongCredentials = "E-mail hoặc mật khẩu không đúng.";
    public const string LockedOut = "Tài khoản tạm bị khoá";

    public static Task<Page> AskForPasswordResetAsync(this SiteClient client, string email) =>
        client.SubmitAsync("/account/forgot-password", ("Email", email));

    /// <summary>Opens the link from the e-mail and sets a new password on the page it leads to.</summary>
    public static Task<Page> SetPasswordThroughAsync(this SiteClient client, MimeMessage mail, string newPassword)
    {
        var link = Mailbox.ResetLink(mail);
        var query = HttpUtility.ParseQueryString(link.Query);
        return client.SubmitAsync(
            link.PathAndQuery,
            ("Email", query["email"] ?? ""),
            ("Token", query["token"] ?? ""),
            ("Password", newPassword),
            ("ConfirmPassword", newPassword));
    }
}
