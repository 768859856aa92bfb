using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Sillage.Domain;
using Sillage.Domain.Certification.Ccf;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Audit;
using Sillage.Web.Infrastructure.Auth;
using Sillage.Web.Infrastructure.Localization;
using Sillage.Web.Infrastructure.Web;

namespace Sillage.Web.Pages.Certification.Ccf.Projects;

/// <summary>A group project: its documents (the team uploads them) and each member's individual contribution, which
/// the member writes for themself or the team writes for them. Members see their own projects only.</summary>
[Authorize(Policy = Policies.School)]
public sealed class DetailModel(SillageDb db, CcfAccess access, CcfFiles files, ProjectMembership membership, AuditLog audit, IStringLocalizer<Text> l) : PageModel
{
    public CcfProject Project { get; private set; } = null!;
    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyList<CcfFile> Documents { get; private set; } = [];
    public bool IsStaff => access.IsStaff;

    /// <summary>The cohort's learners who may join (staff only), and whether the members are fixed (a grid is signed).</summary>
    public IReadOnlyList<CcfLearners.Row> Joinable { get; private set; } = [];
    public bool MembersLocked { get; private set; }

    /// <summary>The situation's largest group: once reached, nobody else is offered to join.</summary>
    public int? GroupMax { get; private set; }

    public bool IsFull => GroupMax is { } max && Project.Members.Count >= max;

    /// <summary>Whose contribution the current user may write: any member's for the team, their own for a member.</summary>
    public bool MayWrite(Guid learnerId) => access.IsStaff || learnerId == access.UserId;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostContributionAsync(Guid id, Guid learnerId, string? contribution, int version)
    {
        if (!await LoadAsync(id) || Project.Members.SingleOrDefault(m => m.LearnerId == learnerId) is not { } member || !MayWrite(learnerId))
        {
            return NotFound();
        }

        if (FormText.TooLong(contribution, CcfProject.ContributionMaxLength, new Message("La contribution")) is { } tooLong)
        {
            ModelState.AddMessage(l, string.Empty, tooLong);
            return Page();
        }

        member.Contribution = FormText.Clean(contribution);
        audit.Record("ccf.contribution-written", Project.Id, Names.GetValueOrDefault(learnerId));
        return await SaveAsync(version, l["Contribution enregistrée."].Value);
    }

    public async Task<IActionResult> OnPostAddMemberAsync(Guid id, Guid? learnerId, int version)
    {
        if (!access.IsStaff || !await LoadAsync(id))
        {
            return NotFound();
        }

        if (Joinable.FirstOrDefault(x => x.Id == learnerId) is not { } learner)
        {
            ModelState.AddModelError("learnerId", l["Choisissez un apprenant de la promotion qui n'est pas déjà membre du projet."]);
            return Page();
        }

        if (!await MayChangeMembersAsync(Project.Members.Select(m => m.LearnerId).Append(learner.Id).ToList()))
        {
            return Page();
        }

        Project.Members.Add(new CcfProjectMember { ProjectId = Project.Id, LearnerId = learner.Id });
        audit.Record("ccf.project-member-added", Project.Id, $"{Project.Title} : {learner.Name}");
        return await SaveAsync(version, l["{0} ajouté(e) au projet.", learner.Name].Value);
    }

    public async Task<IActionResult> OnPostRemoveMemberAsync(Guid id, Guid learnerId, int version)
    {
        if (!access.IsStaff || !await LoadAsync(id) || Project.Members.SingleOrDefault(m => m.LearnerId == learnerId) is not { } member)
        {
            return NotFound();
        }

        if (!await MayChangeMembersAsync(Project.Members.Select(m => m.LearnerId).Where(m => m != learnerId).ToList()))
        {
            return Page();
        }

        var name = Names.GetValueOrDefault(learnerId, "");
        Project.Members.Remove(member);
        audit.Record("ccf.project-member-removed", Project.Id, $"{Project.Title} : {name}");
        return await SaveAsync(version, l["{0} retiré(e) du projet.", name].Value);
    }

    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? document)
    {
        if (!access.IsStaff || !await LoadAsync(id))
        {
            return NotFound();
        }

        var (file, error) = await files.AddAsync(document, CcfFileKind.ProjectDocument, access.UserId, f => f.ProjectId = Project.Id);
        if (file is null)
        {
            ModelState.AddMessage(l, "document", error!);
            return Page();
        }

        audit.Record("ccf.project-document-added", Project.Id, file.FileName);
        await db.SaveChangesAsync();
        TempData["Message"] = l["Document ajouté au projet."].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetFileAsync(Guid id, Guid fileId) =>
        await LoadAsync(id) ? await files.DownloadAsync(Documents.SingleOrDefault(f => f.Id == fileId)) : NotFound();

    /// <summary>Members change only while no grid of the project is signed, and within the situation's group size.</summary>
    private async Task<bool> MayChangeMembersAsync(IReadOnlyCollection<Guid> members)
    {
        if (MembersLocked)
        {
            ModelState.AddMessage(l, string.Empty, ProjectMembership.Locked);
        }

        foreach (var problem in await membership.CheckAsync(Project, members))
        {
            ModelState.AddMessage(l, string.Empty, problem);
        }

        return ModelState.IsValid;
    }

    /// <summary>Saves against the version the form was read at: a project changed meanwhile is refused, not overwritten.</summary>
    private async Task<IActionResult> SaveAsync(int version, string message)
    {
        db.Entry(Project).Property(p => p.Version).OriginalValue = version;
        Project.Version = version + 1;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, l["Ce projet a été modifié par quelqu'un d'autre pendant que vous l'éditiez. Rechargez la page pour voir sa version actuelle : vos saisies n'ont pas été enregistrées."]);
            return Page();
        }

        TempData["Message"] = message;
        return RedirectToPage(new { id = Project.Id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var project = await access.VisibleProjects().Include(p => p.Members).SingleOrDefaultAsync(p => p.Id == id);
        if (project is null)
        {
            return false;
        }

        Project = project;
        var ids = project.Members.Select(m => m.LearnerId).ToList();
        Names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.LastName + " " + u.FirstName);
        Documents = await db.CcfFiles.AsNoTracking().Where(f => f.ProjectId == id && f.Kind == CcfFileKind.ProjectDocument).OrderBy(f => f.UploadedAt).ToListAsync();
        if (access.IsStaff)
        {
            MembersLocked = await membership.IsLockedAsync(project);
            Joinable = (await CcfLearners.OfCohortAsync(db, project.CohortId)).Where(x => !ids.Contains(x.Id)).ToList();
            GroupMax = await membership.GroupMaxAsync(project);
        }

        return true;
    }
}
