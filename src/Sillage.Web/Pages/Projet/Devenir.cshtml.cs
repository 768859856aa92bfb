using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Time;

namespace Sillage.Web.Pages.Projet;

/// <summary>The learners who left the training, with their situation 6 and 12 months after (due, known or awaited).</summary>
[Authorize(Policy = Policies.Management)]
public sealed class DevenirModel(Graduates graduates, SchoolClock clock) : PageModel
{
    public IReadOnlyList<Graduates.Row> Rows { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = clock.Today;
        Rows = (await graduates.LoadAsync()).Where(r => r.LeftOn is not null).ToList();
    }
}
