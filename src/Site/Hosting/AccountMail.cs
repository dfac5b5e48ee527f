using ChildSafety.Core.Mail;
using ChildSafety.Core.People;
using ChildSafety.Core.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Hosting;

/// <summary>The e-mails that carry a password link: a reset asked for by the person, or the invitation of a new account.</summary>
public sealed class AccountMail(
    UserManager<Person> users,
    IMailSender mail,
    PublicUrls urls,
    IHttpContextAccessor http,
    IStringLocalizer<SiteText> text)
{
    public async Task SendPasswordResetAsync(Person person, CancellationToken cancellationToken)
    {
        var link = await ResetLinkAsync(person);
        await mail.SendAsync(new OutgoingMail(
            person.Email!,
            person.FullName,
            text["Đặt lại mật khẩu"],
            text["Chào {0},\n\nBạn (hoặc ai đó) vừa yêu cầu đặt lại mật khẩu. Mở liên kết sau trong 24 giờ để đặt mật khẩu mới:\n{1}\n\nNếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu của bạn không đổi.", person.FullName, link]),
            cancellationToken);
    }

    public async Task SendInvitationAsync(Person person, CancellationToken cancellationToken)
    {
        var link = await ResetLinkAsync(person);
        await mail.SendAsync(new OutgoingMail(
            person.Email!,
            person.FullName,
            text["Tài khoản An toàn trẻ em của bạn"],
            text["Chào {0},\n\nĐơn vị của bạn vừa tạo cho bạn một tài khoản trên nền tảng An toàn trẻ em. Mở liên kết sau trong 24 giờ để đặt mật khẩu và đăng nhập:\n{1}", person.FullName, link]),
            cancellationToken);
    }

    private async Task<string> ResetLinkAsync(Person person)
    {
        var token = await users.GeneratePasswordResetTokenAsync(person);
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("Account mail is sent while serving a request.");
        return urls.Absolute(request, $"/account/reset-password?email={Uri.EscapeDataString(person.Email!)}&token={Uri.EscapeDataString(token)}");
    }
}
