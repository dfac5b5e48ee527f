using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Hosting;

/// <summary>Identity's password and account messages in the user's language.</summary>
internal sealed class LocalizedIdentityErrors(IStringLocalizer<SiteText> text) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = text["Mật khẩu phải có ít nhất {0} ký tự.", length] };

    public override IdentityError PasswordRequiresDigit() =>
        new() { Code = nameof(PasswordRequiresDigit), Description = text["Mật khẩu phải có ít nhất một chữ số."] };

    public override IdentityError PasswordRequiresLower() =>
        new() { Code = nameof(PasswordRequiresLower), Description = text["Mật khẩu phải có ít nhất một chữ thường."] };

    public override IdentityError PasswordRequiresUpper() =>
        new() { Code = nameof(PasswordRequiresUpper), Description = text["Mật khẩu phải có ít nhất một chữ hoa."] };

    public override IdentityError PasswordMismatch() =>
        new() { Code = nameof(PasswordMismatch), Description = text["Mật khẩu hiện tại không đúng."] };

    public override IdentityError InvalidToken() =>
        new() { Code = nameof(InvalidToken), Description = text["Liên kết đã hết hạn hoặc đã được dùng. Hãy yêu cầu liên kết mới."] };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = text["Địa chỉ e-mail {0} đã được dùng cho một tài khoản khác.", email] };

    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = text["Địa chỉ e-mail {0} đã được dùng cho một tài khoản khác.", userName] };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = text["Địa chỉ e-mail không hợp lệ."] };
}
