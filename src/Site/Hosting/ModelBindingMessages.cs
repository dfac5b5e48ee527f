using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChildSafety.Site.Hosting;

/// <summary>Model binding's own messages ("The value 'x' is not valid") in the user's language.</summary>
internal static class ModelBindingMessages
{
    private static readonly IStringLocalizer Text = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(SiteText));

    public static void Localize(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => Text["Giá trị '{0}' không hợp lệ cho {1}.", value, field]);
        messages.SetMissingBindRequiredValueAccessor(field => Text["Thiếu giá trị cho {0}.", field]);
        messages.SetMissingKeyOrValueAccessor(() => Text["Thiếu giá trị."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => Text["Yêu cầu không có nội dung."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => Text["Giá trị '{0}' không hợp lệ.", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => Text["Giá trị không hợp lệ."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => Text["Trường này phải là một số."]);
        messages.SetUnknownValueIsInvalidAccessor(field => Text["Giá trị của {0} không hợp lệ.", field]);
        messages.SetValueIsInvalidAccessor(value => Text["Giá trị '{0}' không hợp lệ.", value]);
        messages.SetValueMustBeANumberAccessor(field => Text["{0} phải là một số.", field]);
        messages.SetValueMustNotBeNullAccessor(value => Text["Hãy nhập giá trị cho {0}.", value]);
    }
}
