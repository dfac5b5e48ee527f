using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Site.Admin;
using ChildSafety.Site.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Pages.Admin.People;

public sealed class CreateModel(
    PeopleDirectory directory,
    CallerScopeAccessor scopes,
    OrganizationChoices choices,
    AccountMail mail,
    TimeProvider clock,
    IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty]
    public PersonForm Form { get; set; } = new();

    [BindProperty]
    public bool SendInvitation { get; set; } = true;

    public PersonFormView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        Form.OrganizationId = caller.OrganizationId;
        Form.StartedOn = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        await PrepareAsync(caller, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        if (ModelState.IsValid)
        {
            var (outcome, person) = await directory.CreateAsync(Form.ToDraft(), caller, cancellationToken);
            if (outcome.Succeeded)
            {
                if (SendInvitation)
                {
                    await mail.SendInvitationAsync(person!, cancellationToken);
                }
                TempData["Status"] = SendInvitation
                    ? text["Đã thêm {0} và gửi thư mời đặt mật khẩu.", person!.FullName].Value
                    : text["Đã thêm {0}.", person!.FullName].Value;
                return RedirectToPage("Index");
            }
            ModelState.AddOutcome(outcome, prefix: nameof(Form));
        }
        await PrepareAsync(caller, cancellationToken);
        return Page();
    }

    private async Task PrepareAsync(CallerScope caller, CancellationToken cancellationToken) =>
        View = new PersonFormView(Form, await choices.InScopeAsync(caller, parentsOnly: false, cancellationToken), caller.AssignableRoles);
}
