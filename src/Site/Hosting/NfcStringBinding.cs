using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace ChildSafety.Site.Hosting;

/// <summary>
/// Every bound string in Unicode normalization form C. Vietnamese typed on some keyboards or pasted from some files
/// arrives decomposed (NFD: "e" + combining circumflex + combining dot); stored as sent, the same name would exist
/// twice and a search in the other form would miss it. Normalising at binding means everything stored and searched
/// is NFC.
/// </summary>
public sealed class NfcStringBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Metadata.ModelType != typeof(string))
        {
            return null;
        }
        var loggers = context.Services.GetRequiredService<ILoggerFactory>();
        return new NfcStringBinder(new SimpleTypeModelBinder(typeof(string), loggers));
    }

    private sealed class NfcStringBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result is { IsModelSet: true, Model: string text } && !text.IsNormalized(NormalizationForm.FormC))
            {
                bindingContext.Result = ModelBindingResult.Success(text.Normalize(NormalizationForm.FormC));
            }
        }
    }
}
