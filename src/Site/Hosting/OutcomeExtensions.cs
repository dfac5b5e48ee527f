using ChildSafety.Core;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ChildSafety.Site.Hosting;

public static class OutcomeExtensions
{
    /// <summary>Shows an outcome's messages beside the form fields they concern; <paramref name="prefix"/> names the bound form object.</summary>
    public static void AddOutcome(this ModelStateDictionary modelState, Outcome outcome, string? prefix = null)
    {
        foreach (var (field, message) in outcome.Errors)
        {
            modelState.AddModelError(field.Length == 0 || prefix is null ? field : $"{prefix}.{field}", message);
        }
    }
}
