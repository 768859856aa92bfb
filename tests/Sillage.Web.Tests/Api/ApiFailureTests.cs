using System.Data.Common;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Web.Data.Demo;

namespace Sillage.Web.Tests.Api;

/// <summary>An unhandled error on <c>/api</c> answers a 500 ProblemDetails in the caller's language, not the pages'
/// HTML error page (which the pages keep: the pipeline is the same up to <c>UseSillageApiProblems</c>).</summary>
public sealed class ApiFailureTests(ApiFailureTests.FailingApp app) : IClassFixture<ApiFailureTests.FailingApp>
{
    [Fact]
    public async Task An_unhandled_error_is_a_500_problem_in_the_callers_language()
    {
        var client = await app.ClientAsync(Accounts.Teacher);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/cohorts")).StatusCode);

        using var french = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cohorts");
        french.Headers.Add(FailingApp.Header, "1");
        var response = await client.SendAsync(french);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.InternalServerError, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        Assert.Equal("Erreur du serveur", problem.GetProperty("title").GetString());
        Assert.DoesNotContain("panne simulée", body, StringComparison.Ordinal);

        using var english = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cohorts");
        english.Headers.Add(FailingApp.Header, "1");
        english.Headers.AcceptLanguage.ParseAdd("en");
        var answer = await client.SendAsync(english);
        Assert.Equal("Server error", JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
    }

    /// <summary>The app whose database commands fail for requests carrying <see cref="Header"/>.</summary>
    public sealed class FailingApp : ApiApp
    {
        public const string Header = "X-Sillage-Fail";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(sp => new Failure(sp.GetRequiredService<IHttpContextAccessor>())));
        }

        private sealed class Failure(IHttpContextAccessor http) : DbCommandInterceptor
        {
            public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
                InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
                http.HttpContext?.Request.Headers.ContainsKey(Header) == true
                    ? throw new InvalidOperationException("panne simulée")
                    : ValueTask.FromResult(result);
        }
    }
}
