using ChildSafety.Core;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ChildSafety.Site.Hosting;

public static class OutcomeExtensions
{
    /// <summary>Shows an outcome's messages beside the form fields they concern.</summary>
    public static void AddOutcome(this ModelStateDictionary modelState, Outcome outcome)
    {
        foreach (var (field, message) in outcome.Errors)
        {
            modelState.AddModelError(field, message);
        }
    }
}
