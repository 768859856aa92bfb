namespace Sillage.Web.Infrastructure.Security;

/// <summary>On a page with a rate limit policy: the POST handlers that count (<c>OnPostGenerateAsync</c> → "Generate"),
/// the page's other POSTs being free. See <see cref="RateLimits"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RateLimitedHandlersAttribute(params string[] handlers) : Attribute
{
    public IReadOnlyList<string> Handlers { get; } = handlers;
}
