using ChildSafety.Core.People;
using Microsoft.AspNetCore.Identity;

namespace ChildSafety.Site.Hosting;

/// <summary>A deactivated person cannot sign in, whatever their password.</summary>
internal sealed class ActivePersonConfirmation : IUserConfirmation<Person>
{
    public Task<bool> IsConfirmedAsync(UserManager<Person> manager, Person user) => Task.FromResult(user.IsActive);
}
