using Sillage.Web.Api;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Backup;
using Sillage.Web.Infrastructure.Database;
using Sillage.Web.Infrastructure.Email;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Memory;
using Sillage.Web.Infrastructure.Observability;
using Sillage.Web.Infrastructure.Pdf;
using Sillage.Web.Infrastructure.Rendering;
using Sillage.Web.Infrastructure.Security;
using Sillage.Web.Infrastructure.Time;
using Sillage.Web.Infrastructure.Web;
using Sillage.Web.Pages;

// `backup --to DIR` / `restore --from DIR` run instead of the app, with its settings (docs/operations.md).
var command = BackupCommand.Parse(args);
var builder = WebApplication.CreateBuilder(DemoMode.Apply(command?.HostArgs ?? args));

// The build output run outside Development (`ASPNETCORE_ENVIRONMENT=Production bin/…/Sillage.Web`) would otherwise
// serve empty CSS and scripts: the static web assets manifest is read in Development only. A published app has no
// such manifest (its wwwroot is copied) and is not affected.
builder.WebHost.UseStaticWebAssets();

ClusterMode.RefuseUnsharedState(builder.Configuration);
builder.AddSillagePublicAddress();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSchoolClock(builder.Configuration);
builder.Services.AddSillageDatabase(builder.Configuration);
builder.Services.AddSillageIdentity(builder.Configuration, builder.Environment);
builder.Services.AddSillageAuthorization();
builder.Services.AddSillageLocalization();
builder.Services.AddSillagePages();
builder.Services.AddSillageEmail(builder.Configuration);
builder.Services.AddSillageHealthChecks();
builder.Services.AddSillageTelemetry(builder.Configuration);
builder.Services.AddSillageFiles(builder.Configuration);
builder.Services.AddSillagePdf(builder.Configuration);
builder.Services.AddSillageJobs(builder.Configuration);
builder.Services.AddSingleton<MarkdownRenderer>();
builder.Services.AddSillageDataProtection(builder.Configuration, builder.Environment);
builder.Services.AddSillageRateLimits(builder.Configuration);
builder.Services.AddSillageApi(builder.Configuration);
builder.Services.AddScoped<SetupToken>();
builder.Services.AddScoped<AuditLog>();
builder.Services.AddSingleton<ReadAuditWriter>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<ReadAuditWriter>());
builder.Services.AddHostedService<NativeMemoryTrim>();
builder.Services.AddScoped<CohortAccess>();
builder.Services.AddSingleton<PagePolicies>();
builder.Services.AddScoped<LibraryScope>();
builder.Services.AddScoped<DemoSeeder>();
builder.Services.AddSillageFeatures(builder.Configuration);

var app = builder.Build();
if (command is not null)
{
    Environment.ExitCode = await command.RunAsync(app.Services);
    return;
}

// The database is prepared on another thread while the endpoints below are mapped; the server listens once it is ready.
app.PrepareDatabaseNow();


app.UseSillageForwardedHeaders();
app.UseSillagePublicAddress();
app.UseSillageErrorPages();
app.UseSillageSecurityHeaders();
app.UseSillageHttpsRequirement();
app.UseRequestLocalization();
app.UseSillageApiProblems();
app.UseSillageUrlEncodedTextCheck();
app.UseRouting();
app.UseAuthentication();
app.UseRateLimiter();
app.UseSillagePrivateResponses();
app.UseAuthorization();
app.MapStaticAssets().AllowAnonymous();
app.MapSillageHealthChecks();
app.MapSillageMetrics(app.Configuration);
app.MapRazorPages().WithStaticAssets();
app.MapSillageApi();
app.LogWhenListening();

app.Run();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
