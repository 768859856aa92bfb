using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Sillage.Web.Infrastructure.Auth;

/// <summary>
/// A link (<c>&lt;a asp-page&gt;</c>) to a page whose policy the user's roles do not pass is rendered as its text
/// only: nobody is shown a link that answers 403 (the direction reading a dashboard, for instance). Runs after the
/// anchor tag helper, so the link's address is already made and is dropped with the tag.
/// </summary>
[HtmlTargetElement("a", Attributes = "asp-page")]
public sealed class AuthorizedLinkTagHelper(PagePolicies policies) : TagHelper
{
    public override int Order => 100;

    [HtmlAttributeName("asp-page")]
    public string? Page { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (Resolve() is not { } page || await policies.AllowsAsync(ViewContext.HttpContext, page))
        {
            return;
        }

        output.TagName = null;
        output.Attributes.Clear();
    }

    /// <summary>The page's path: as written when absolute, else next to the page being rendered.</summary>
    private string? Resolve()
    {
        var current = (ViewContext.ActionDescriptor as PageActionDescriptor)?.ViewEnginePath;
        if (string.IsNullOrEmpty(Page))
        {
            return current;
        }

        if (Page.StartsWith('/'))
        {
            return Page;
        }

        return current is null || Page.Contains("..", StringComparison.Ordinal) ? null : current[..(current.LastIndexOf('/') + 1)] + Page;
    }
}
