using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Database;
using Sillage.Web.Infrastructure.Email;
using Sillage.Web.Infrastructure.Files;
using Sillage.Web.Infrastructure.Jobs;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Pdf;
using Sillage.Web.Infrastructure.Rendering;
using Sillage.Web.Infrastructure.Security;
using Sillage.Web.Infrastructure.Web;
using Sillage.Web.Pages.Certification;
using Sillage.Web.Pages.Exports;
using Sillage.Web.Pages.Organisations;
using Sillage.Web.Pages.People;
using Sillage.Web.Pages.Pfmp;
using Sillage.Web.Pages.Plan;
using Sillage.Web.Pages.Portfolio;
using Sillage.Web.Pages.Privacy;
using Sillage.Web.Pages.Referentiel;
using Sillage.Web.Pages.Situations;
using Sillage.Web.Pages.Suivi;

var builder = WebApplication.CreateBuilder(DemoMode.Apply(args));

// The build output run outside Development (`ASPNETCORE_ENVIRONMENT=Production bin/…/Sillage.Web`) would otherwise
// serve empty CSS and scripts: the static web assets manifest is read in Development only. A published app has no
// such manifest (its wwwroot is copied) and is not affected.
builder.WebHost.UseStaticWebAssets();

builder.AddSillagePublicAddress();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSillageDatabase(builder.Configuration);
builder.Services.AddSillageIdentity(builder.Configuration, builder.Environment);
builder.Services.AddSillageAuthorization();
builder.Services.AddSillageLocalization();
builder.Services.AddSillagePages();
builder.Services.AddSillageEmail(builder.Configuration);
builder.Services.AddSillageHealthChecks();
builder.Services.AddSillageFiles(builder.Configuration);
builder.Services.AddSillagePdf(builder.Configuration);
builder.Services.AddSillageJobs(builder.Configuration);
builder.Services.AddSingleton<MarkdownRenderer>();
builder.Services.AddSillageDataProtection(builder.Configuration, builder.Environment);
builder.Services.AddSillageRateLimits(builder.Configuration);
builder.Services.AddSingleton<SetupToken>();
builder.Services.AddScoped<AuditLog>();
builder.Services.AddScoped<CohortAccess>();
builder.Services.AddScoped<FrameworkImporter>();
builder.Services.AddScoped<ShippedFrameworks>();
builder.Services.AddScoped<ShippedOrganisations>();
builder.Services.AddScoped<Invitations>();
builder.Services.AddScoped<PersonAccounts>();
builder.Services.AddScoped<DemoSeeder>();
builder.Services.AddScoped<Sillage.Web.Pages.Privacy.RegisterDefaults>();
builder.Services.AddSuivi();
builder.Services.AddPortfolio();
builder.Services.AddSituations();
builder.Services.AddTrainingPlan();
builder.Services.AddPfmp();
builder.Services.AddCertification();
builder.Services.AddExports(builder.Configuration);
builder.Services.AddPersonalData(builder.Configuration);

var app = builder.Build();

app.UseSillageForwardedHeaders();
app.UseSillagePublicAddress();
app.UseSillageErrorPages();
app.UseSillageSecurityHeaders();
app.UseSillageHttpsRequirement();
app.UseRequestLocalization();
app.UseSillageUrlEncodedTextCheck();
app.UseRouting();
app.UseAuthentication();
app.UseRateLimiter();
app.UseSillagePrivateResponses();
app.UseAuthorization();
app.MapStaticAssets().AllowAnonymous();
app.MapSillageHealthChecks();
app.MapRazorPages().WithStaticAssets();

app.Run();

/// <summary>Entry point, visible to the test host.</summary>
public partial class Program;
