using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Site.Admin;
using ChildSafety.Site.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Pages.Admin.People;

public sealed class EditModel(
    PeopleDirectory directory,
    UserManager<Person> users,
    CallerScopeAccessor scopes,
    OrganizationChoices choices,
    AccountMail mail,
    IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public PersonForm Form { get; set; } = new();

    /// <summary>The version of the person the form was opened on; a save over someone else's newer change is refused.</summary>
    [BindProperty]
    public string? ConcurrencyStamp { get; set; }

    public string Name { get; private set; } = "";

    public bool IsActive { get; private set; }

    public PersonFormView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (caller, person) = await LoadAsync(cancellationToken);
        if (caller is null || person is null)
        {
            return NotFound();
        }
        Form = new PersonForm
        {
            FullName = person.FullName,
            Email = person.Email ?? "",
            OrganizationId = person.OrganizationId,
            Position = person.Position,
            StartedOn = person.StartedOn,
            Roles = [.. await users.GetRolesAsync(person)],
        };
        ConcurrencyStamp = person.ConcurrencyStamp;
        await PrepareAsync(caller, person, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (caller, person) = await LoadAsync(cancellationToken);
        if (caller is null || person is null)
        {
            return NotFound();
        }
        if (person.ConcurrencyStamp != ConcurrencyStamp)
        {
            ModelState.AddModelError("", text["Người khác vừa sửa hồ sơ này. Trang đã được tải lại với dữ liệu mới nhất; hãy nhập lại thay đổi của bạn."]);
            ModelState.Remove(nameof(ConcurrencyStamp));
            return await OnGetAsync(cancellationToken) is PageResult ? Page() : NotFound();
        }
        if (ModelState.IsValid)
        {
            var outcome = await directory.UpdateAsync(Id, Form.ToDraft(), caller, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData["Status"] = text["Đã lưu thay đổi của {0}.", Form.FullName].Value;
                return RedirectToPage("Index");
            }
            ModelState.AddOutcome(outcome, prefix: nameof(Form));
        }
        await PrepareAsync(caller, person, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSendPasswordLinkAsync(CancellationToken cancellationToken)
    {
        var (caller, person) = await LoadAsync(cancellationToken);
        if (caller is null || person is not { IsActive: true })
        {
            return NotFound();
        }
        await mail.SendPasswordResetAsync(person, cancellationToken);
        TempData["Status"] = text["Đã gửi thư đặt lại mật khẩu đến {0}.", person.Email!].Value;
        return RedirectToPage("Edit", new { Id });
    }

    private async Task<(CallerScope?, Person?)> LoadAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        return caller is null ? (null, null) : (caller, await directory.FindManageableAsync(Id, caller, cancellationToken));
    }

    private async Task PrepareAsync(CallerScope caller, Person person, CancellationToken cancellationToken)
    {
        Name = person.FullName;
        IsActive = person.IsActive;
        View = new PersonFormView(Form, await choices.InScopeAsync(caller, parentsOnly: false, cancellationToken), caller.AssignableRoles);
    }
}
