using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Situations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Pages.Referentiel;

namespace Sillage.Web.Pages.Situations;

/// <summary>Adds a mission to a situation or changes one: what the learner does, the competences it works,
/// conditions, productions, criteria and resources. The save is a new version of the situation.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MissionEditModel(SillageDb db, SituationAccess access, SituationEditor editor, IStringLocalizer<Text> l) : PageModel
{
    [BindProperty]
    public MissionInput Input { get; set; } = new();

    public Situation Situation { get; private set; } = null!;
    public Mission? Mission { get; private set; }
    public int Number { get; private set; }
    public IReadOnlyList<FrameworkOutline.Element> Elements { get; private set; } = [];
    public SituationOptions Options { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? missionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, missionId, cancellationToken))
        {
            return NotFound();
        }

        Input = Mission is null ? new MissionInput { Version = Situation.Version } : MissionInput.From(Mission, Situation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? missionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, missionId, cancellationToken))
        {
            return NotFound();
        }

        if (Sillage.Domain.Situations.Mission.CheckTitle(Input.Title) is { } title)
        {
            ModelState.AddMessage(l, "Input.Title", title);
        }

        foreach (var (value, field) in new[] { (Input.Description, "Description"), (Input.Conditions, "Conditions"), (Input.Productions, "Productions"), (Input.Criteria, "Criteria") })
        {
            if (value is { Length: > SituationFileValidator.MaxTextLength })
            {
                ModelState.AddMessage(l, $"Input.{field}", new Message("Texte trop long ({0} caractères, {1} au plus).", value.Length, SituationFileValidator.MaxTextLength));
            }
        }

        if (Input.ElementIds.Any(e => Elements.All(x => x.Id != e)))
        {
            ModelState.AddModelError("Input.ElementIds", l["Une compétence choisie n'appartient pas au référentiel de la situation."]);
        }

        if (Input.ResourceIds.Any(r => Options.Resources.All(o => o.Id != r)))
        {
            ModelState.AddModelError("Input.ResourceIds", l["Une ressource choisie n'est pas dans la bibliothèque."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var mission = Mission;
        if (mission is null)
        {
            mission = new Mission { SituationId = id, Title = "", SortOrder = Situation.Missions.Select(m => m.SortOrder).DefaultIfEmpty(0).Max() + 1 };
            Situation.Missions.Add(mission);
            Number = Situation.ActiveMissions.Count();
        }

        Input.ApplyTo(mission, Situation);
        var summary = new Message(Mission is null ? "Mission {0} ajoutée" : "Mission {0} modifiée", Number);
        if (await editor.SaveAsync(Situation, Input.Version, summary, cancellationToken) is { } problem)
        {
            ModelState.AddMessage(l, "", problem);
            return Page();
        }

        TempData["Message"] = l["{0} (version {1}).", l.Format(summary), Situation.Version].Value;
        return RedirectToPage("/Situations/Detail", null, new { id }, $"mission-{Number}");
    }

    private async Task<bool> LoadAsync(Guid id, Guid? missionId, CancellationToken cancellationToken)
    {
        var situation = await editor.LoadEditableAsync(id, cancellationToken);
        if (situation is null)
        {
            return false;
        }

        Situation = situation;
        if (missionId is { } mid)
        {
            var missions = situation.ActiveMissions.ToList();
            Mission = missions.FirstOrDefault(m => m.Id == mid);
            if (Mission is null)
            {
                return false;
            }

            Number = missions.IndexOf(Mission) + 1;
        }

        Elements = await FrameworkOutline.OfAsync(db, situation.FrameworkId, cancellationToken);
        Options = await SituationOptions.LoadAsync(db, situation.EstablishmentId ?? await access.HomeAsync(), cancellationToken);
        return true;
    }

    public sealed class MissionInput
    {
        [Display(Name = "Mission de l'apprenant")]
        public string? Title { get; set; }

        [Display(Name = "Finalité, précisions")]
        public string? Description { get; set; }

        [Display(Name = "Conditions de réalisation et ressources")]
        public string? Conditions { get; set; }

        [Display(Name = "Productions attendues")]
        public string? Productions { get; set; }

        [Display(Name = "Critères d'évaluation")]
        public string? Criteria { get; set; }

        public List<Guid> ElementIds { get; set; } = [];
        public List<Guid> ResourceIds { get; set; } = [];
        public int Version { get; set; }

        public static MissionInput From(Mission m, Situation s) => new()
        {
            Title = m.Title, Description = m.Description, Conditions = m.Conditions, Productions = m.Productions, Criteria = m.Criteria,
            ElementIds = m.Competences.Select(c => c.ElementId).ToList(),
            ResourceIds = s.Resources.Where(r => r.MissionId == m.Id).OrderBy(r => r.SortOrder).Select(r => r.ResourceId).ToList(),
            Version = s.Version,
        };

        public void ApplyTo(Mission mission, Situation situation)
        {
            mission.Title = Title!.Trim();
            mission.Description = Blank(Description);
            mission.Conditions = Blank(Conditions);
            mission.Productions = Blank(Productions);
            mission.Criteria = Blank(Criteria);
            mission.Competences.RemoveAll(c => !ElementIds.Contains(c.ElementId));
            foreach (var element in ElementIds.Distinct().Where(e => mission.Competences.All(c => c.ElementId != e)))
            {
                mission.Competences.Add(new MissionCompetence { MissionId = mission.Id, ElementId = element });
            }

            situation.Resources.RemoveAll(r => r.MissionId == mission.Id);
            foreach (var (resource, i) in ResourceIds.Distinct().Select((r, i) => (r, i)))
            {
                situation.Resources.Add(new SituationResource { SituationId = situation.Id, MissionId = mission.Id, ResourceId = resource, SortOrder = i });
            }
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
