using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Sillage.Web.Infrastructure.Web;

/// <summary>
/// Binds decimals (marks, hours, amounts) the same way whatever the request's language: a number input sends
/// "250.50", a person or a script may type "250,50" — both mean 250.5. The culture's own binder would read
/// "250,50" as 25,050 under English and "250.50" as nothing under French. A comma or a point is the decimal
/// separator; spaces may group thousands; anything else (two separators, a letter) is refused with the catalogue's
/// "La valeur « … » n'est pas valide" message and binds nothing.
/// </summary>
public sealed class DecimalBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var text = result.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            if (bindingContext.ModelMetadata.IsReferenceOrNullableType)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }
            else
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                    bindingContext.ModelMetadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(text ?? ""));
            }

            return Task.CompletedTask;
        }

        if (TryParse(text, out var value))
        {
            bindingContext.Result = ModelBindingResult.Success(value);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, bindingContext.ModelMetadata.GetDisplayName()));
        }

        return Task.CompletedTask;
    }

    /// <summary>"250,50", "250.50", "1 250,5", "-3" → the number; "1.250,50", "12,5,0", "abc" → false.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        var compact = new string(text.Where(c => !char.IsWhiteSpace(c) && c != '\u202F' && c != '\u00A0').ToArray());
        value = 0;
        if (compact.Count(c => c is ',' or '.') > 1)
        {
            return false;
        }

        return decimal.TryParse(compact.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}

/// <summary>Uses <see cref="DecimalBinder"/> for <c>decimal</c> and <c>decimal?</c> everywhere.</summary>
public sealed class DecimalBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(decimal) ? new DecimalBinder() : null;
}
