using System.ComponentModel.DataAnnotations;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Site.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Pages.Setup;

/// <summary>
/// The first visit to a production site without demo data: creates the province and the administrator, once.
/// Afterwards the page answers 404.
/// </summary>
public sealed class IndexModel(
    CoreDbContext db,
    UserManager<Person> users,
    SignInManager<Person> signIn,
    SetupState state,
    TimeProvider clock,
    IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập tên đơn vị.")]
    [StringLength(200, ErrorMessage = "Tên đơn vị dài tối đa 200 ký tự.")]
    public string ProvinceName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập mã đơn vị.")]
    [RegularExpression("^[A-Za-z0-9._-]{1,40}$", ErrorMessage = "Mã đơn vị chỉ gồm chữ không dấu, số, dấu gạch, tối đa 40 ký tự.")]
    public string ProvinceCode { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập họ và tên.")]
    [StringLength(200, ErrorMessage = "Họ và tên dài tối đa 200 ký tự.")]
    public string FullName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập e-mail.")]
    [StringLength(254)]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập mật khẩu.")]
    [StringLength(200)]
    public string Password { get; set; } = "";

    [BindProperty]
    [Compare(nameof(Password), ErrorMessage = "Hai mật khẩu không khớp nhau.")]
    public string ConfirmPassword { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await state.IsCompleteAsync(db, cancellationToken) ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await state.IsCompleteAsync(db, cancellationToken))
        {
            return NotFound();
        }
        if (!EmailAddress.IsValid(EmailAddress.Normalize(Email)))
        {
            ModelState.AddModelError(nameof(Email), text["Địa chỉ e-mail không hợp lệ."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using (transaction)
        {
            var province = new Organization
            {
                Name = ProvinceName.Trim(),
                Code = OrganizationService.NormalizeCode(ProvinceCode),
                Kind = OrganizationKind.Province,
                CreatedAt = clock.GetUtcNow(),
            };
            db.Organizations.Add(province);
            await db.SaveChangesAsync(cancellationToken);
            province.Path = OrganizationPath.Root(province.Id);
            await db.SaveChangesAsync(cancellationToken);

            var email = EmailAddress.Normalize(Email);
            var administrator = new Person
            {
                FullName = FullName.Trim(),
                Email = email,
                UserName = email,
                EmailConfirmed = true,
                OrganizationId = province.Id,
                Position = Position.Manager,
                StartedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
                CreatedAt = clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(administrator, Password);
            if (created.Succeeded)
            {
                created = await users.AddToRoleAsync(administrator, Roles.Administrator);
            }
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                {
                    ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Password) : "", error.Description);
                }
                return Page();
            }
            await transaction.CommitAsync(cancellationToken);
            await signIn.SignInAsync(administrator, isPersistent: false);
        }
        TempData["Status"] = text["Đã thiết lập xong. Hãy thêm các Phòng GD&ĐT, trường và người dùng."].Value;
        return Redirect("/admin");
    }
}
