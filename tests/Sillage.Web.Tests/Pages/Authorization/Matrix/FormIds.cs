using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Sillage.Web.Tests.Pages.Authorization.Matrix;

/// <summary>One id a POST handler reads from its form: the field's name as the form sends it
/// ("Input.PersonId", "LearnerIds", "Levels[0].GroupId") and whether it holds several ids.</summary>
public sealed record FormId(string Route, string Verb, string Field, bool Many)
{
    /// <summary>The member's own name, which names the kind of entity it points to ("PersonId").</summary>
    public string Member => Field.Split('.')[^1].Replace("[0]", "", StringComparison.Ordinal);

    public override string ToString() => $"{Verb} {Route} · {Field}";
}

/// <summary>The ids every POST handler binds from its form, read by reflection on the compiled pages: the
/// [BindProperty] properties of the page model and the handler's parameters, walked into nested input models
/// and lists of them, of type Guid, Guid? or a sequence of Guid. Route values are left out (the matrix covers them).</summary>
public static class FormIdDiscovery
{
    public static async Task<IReadOnlyList<FormId>> DiscoverAsync(IServiceProvider services)
    {
        var found = new List<FormId>();
        foreach (var (route, endpoint, compiled) in await HandlerDiscovery.EndpointsAsync(services))
        {
            if (compiled is null)
            {
                continue;
            }

            var routeValues = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var properties = compiled.BoundProperties.OfType<PageBoundPropertyDescriptor>()
                .Where(p => !routeValues.Contains(p.Name))
                .SelectMany(p => Walk(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType, 0)).ToList();
            foreach (var handler in compiled.HandlerMethods.Where(h => h.HttpMethod.Equals("POST", StringComparison.OrdinalIgnoreCase)))
            {
                var verb = handler.Name is null ? "POST" : $"POST {handler.Name}";
                var parameters = handler.Parameters.Where(p => !routeValues.Contains(p.Name)).SelectMany(p => Walk(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType, 0));
                found.AddRange(properties.Concat(parameters).Distinct().Select(f => new FormId(route, verb, f.Field, f.Many)));
            }
        }

        return found.Distinct().OrderBy(f => f.Route, StringComparer.Ordinal).ThenBy(f => f.Verb, StringComparer.Ordinal).ThenBy(f => f.Field, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<(string Field, bool Many)> Walk(string name, Type type, int depth)
    {
        if (type == typeof(Guid) || type == typeof(Guid?))
        {
            yield return (name, false);
            yield break;
        }

        if (type == typeof(string) || type.IsPrimitive || type.IsEnum || depth > 3 || !(type.IsClass || type.IsInterface || type.IsValueType) || type.Namespace?.StartsWith("Sillage", StringComparison.Ordinal) != true && !typeof(IEnumerable).IsAssignableFrom(type))
        {
            yield break;
        }

        var element = type.IsArray ? type.GetElementType() : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[^1] : null;
        if (element is not null)
        {
            if (element == typeof(Guid) || element == typeof(Guid?))
            {
                yield return (name, true);
            }
            else
            {
                foreach (var field in Walk(name + "[0]", element, depth + 1))
                {
                    yield return field;
                }
            }

            yield break;
        }

        if (type.Namespace?.StartsWith("Sillage", StringComparison.Ordinal) != true)
        {
            yield break;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            foreach (var field in Walk($"{name}.{property.Name}", property.PropertyType, depth + 1))
            {
                yield return field;
            }
        }
    }
}
