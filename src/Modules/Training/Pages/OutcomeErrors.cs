using ChildSafety.Core;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ChildSafety.Training.Pages;

internal static class OutcomeErrors
{
    /// <summary>Shows an outcome's messages on the form: under their field, or above the form for "".</summary>
    public static void AddOutcome(this ModelStateDictionary modelState, Outcome outcome)
    {
        foreach (var (field, message) in outcome.Errors)
        {
            modelState.AddModelError(field, message);
        }
    }
}
