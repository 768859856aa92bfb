using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Admin;

/// <summary>The audit log, searchable by person (actor or subject), action and period.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AuditModel(SillageDb db, SchoolClock clock, IStringLocalizer<Text> l) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "personne")]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "du")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "au")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Entries { get; private set; } = [];
    /// <summary>The recorded action codes with their label, in the order of the labels.</summary>
    public IReadOnlyList<(string Code, string Label)> Actions { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        Actions = (await db.AuditEntries.Select(e => e.Action).Distinct().ToListAsync())
            .Select(a => (a, Label(a))).OrderBy(a => a.Item2, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true)).ToList();
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Person))
        {
            var term = Person.Trim().ToLower();
            var people = db.Users.Where(u => u.Email!.ToLower().Contains(term) || u.LastName.ToLower().Contains(term) || u.FirstName.ToLower().Contains(term)).Select(u => u.Id);
            entries = entries.Where(e => (e.ActorId != null && people.Contains(e.ActorId.Value)) || (e.SubjectId != null && people.Contains(e.SubjectId.Value)));
        }

        if (!string.IsNullOrWhiteSpace(Action))
        {
            entries = entries.Where(e => e.Action == Action);
        }

        if (From is { } from)
        {
            var start = clock.FromSchoolTime(from.ToDateTime(TimeOnly.MinValue));
            entries = entries.Where(e => e.At >= start);
        }

        if (To is { } to)
        {
            var end = clock.FromSchoolTime(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            entries = entries.Where(e => e.At < end);
        }

        Total = await entries.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Entries = await entries.OrderByDescending(e => e.At).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(e => new Row(e.At, e.Action, e.Details,
                db.Users.Where(u => u.Id == e.ActorId).Select(u => u.FirstName + " " + u.LastName).FirstOrDefault(),
                db.Users.Where(u => u.Id == e.SubjectId).Select(u => u.FirstName + " " + u.LastName).FirstOrDefault(),
                e.SubjectId))
            .ToListAsync();
    }

    public string Label(string action) => l[AuditActions.Label(action)];

    public sealed record Row(DateTime At, string Action, string? Details, string? Actor, string? Subject, Guid? SubjectId);
}
