using Microsoft.EntityFrameworkCore;
using Sillage.Domain;
using Sillage.Domain.Frameworks;
using Sillage.Domain.Portfolio;
using Sillage.Web.Data;
using Sillage.Web.Data.Demo;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Pages.Portfolio;

/// <summary>
/// The demo dossiers: every demo learner has traces of the VosRêves missions linked to their competences;
/// Léa Moreau (apprenant01) has revisions, attachments, feedback threads (one to rework, one validated) and a
/// pending feedback request and a share link of two traces, so that each feature shows something on first sign-in.
/// </summary>
public sealed class PortfolioDemo(SillageDb db, IFileStore files) : IDemoContributor
{
    /// <summary>apprenant01's share link opens with <see cref="DemoSeeder.LinkToken"/>(domain, this).</summary>
    public const string ShareLinkPurpose = "partage";

    public int Order => 10;

    public async Task SeedAsync(DemoContext context, CancellationToken cancellationToken)
    {
        var codes = await db.FrameworkElements.Where(e => e.FrameworkId == context.FrameworkId && (e.Kind == ElementKind.Competence || e.Kind == ElementKind.DetailedCompetence))
            .ToDictionaryAsync(e => e.Code, e => e.Id, cancellationToken);
        var teacherEco = context.Person("prof.eco");
        var teacherGestion = context.Person("prof.gestion");
        var templates = PortfolioDemoTraces.All;
        for (var i = 0; i < 12; i++)
        {
            var learner = context.Learner(i);
            var count = 6 + (i % 5);
            var traces = new List<Trace>();
            for (var k = 0; k < count; k++)
            {
                var template = templates[(i + k) % templates.Length];
                var day = new DateOnly(2026, 9, 14).AddDays(k * 6 + i % 4);
                var at = context.Now.AddDays(-60 + k * 6 + i % 4);
                var content = new TraceContent(template.Title, template.Kind, day, template.Context, template.ContextLabel, Clean(template.Body), template.Tags);
                var (trace, revision) = Trace.Create(learner, content, at);
                db.Traces.Add(trace);
                db.TraceRevisions.Add(revision);
                foreach (var (code, justification, level) in template.Links.Where(x => codes.ContainsKey(x.Code)))
                {
                    db.TraceCompetenceLinks.Add(new TraceCompetenceLink
                    {
                        TraceId = trace.Id, ElementId = codes[code], Justification = justification, SelfLevel = level, CreatedAt = at, UpdatedAt = at,
                    });
                }

                traces.Add(trace);
            }

            if (i % 3 == 1)
            {
                Thread(traces[0], teacherGestion, FeedbackVerdict.Validated, null,
                    "Compte rendu clair et bien relié aux compétences. Pense à dater tes captures d'écran.", context.Now.AddDays(-20), resolved: true);
            }

            if (i % 4 == 2)
            {
                Request(traces[^1], learner, "Est-ce que ma justification de compétence est suffisante ?", context.Now.AddDays(-3 - i % 3));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await EnrichFirstLearnerAsync(context, teacherEco, teacherGestion, cancellationToken);
    }

    /// <summary>apprenant01: a second version, files, threads and a pending request, with notifications.</summary>
    private async Task EnrichFirstLearnerAsync(DemoContext context, Guid teacherEco, Guid teacherGestion, CancellationToken cancellationToken)
    {
        var learner = context.Learner(0);
        var traces = await db.Traces.Where(t => t.LearnerId == learner).OrderBy(t => t.ActivityDate).ToListAsync(cancellationToken);
        var website = traces[0];
        var revised = website.Content with { Body = website.Body + "\n\n## Mise à jour\nAprès validation par M. Latour, la page a été publiée et annoncée dans la lettre d'information de l'agence." };
        db.TraceRevisions.Add(website.Update(revised, website.Version, learner, context.Now.AddDays(-40))!);

        var now = context.Now.AddDays(-40);
        await AttachAsync(website, learner, "capture-page-offre.png", "image/png", "png", true, DemoImage.Png(240, 150), now, cancellationToken);
        await AttachAsync(website, learner, "procedure-mise-a-jour.md", "text/markdown; charset=utf-8", "md", false,
            "# Procédure de mise à jour du site\n\n1. Se connecter au CMS.\n2. Modifier la page sur le site de test.\n3. Faire valider, puis publier.\n"u8.ToArray(), now, cancellationToken);

        var thread = Thread(website, teacherEco, FeedbackVerdict.ToRework, "J'ai ajouté les mentions obligatoires",
            "Quelles mentions exactement ? Cite la réglementation (mentions légales, RGPD si un formulaire collecte des données) : c'est ce qui prouve C1.1.3.", context.Now.AddDays(-30), resolved: false);
        db.FeedbackComments.Add(new FeedbackComment
        {
            TraceId = website.Id, ParentId = thread.Id, AuthorId = learner, Body = "D'accord, je complète avec les mentions légales et le bandeau cookies cette semaine.",
            TraceVersion = website.Version, CreatedAt = context.Now.AddDays(-29),
        });
        Thread(website, teacherGestion, FeedbackVerdict.Validated, null, "La documentation technique mise à jour est un vrai plus. Validé pour C1.1.2.", context.Now.AddDays(-28), resolved: true);
        db.Notifications.Add(new Notification
        {
            UserId = learner, Kind = NotificationKind.Feedback, Text = StoredMessage.Write(new Message("{0} a commenté votre trace « {1} ».", context.Name(teacherEco), website.Title), Notification.TextMaxLength),
            Url = $"/dossier/traces/{website.Id}#retours", TraceId = website.Id, CreatedAt = context.Now.AddDays(-30),
        });

        var reflection = traces[^1];
        Request(reflection, learner, "Pouvez-vous me dire si ce compte rendu est assez détaillé pour le dossier ?", context.Now.AddDays(-2));
        foreach (var teacher in new[] { teacherEco, teacherGestion })
        {
            db.Notifications.Add(new Notification
            {
                UserId = teacher, Kind = NotificationKind.FeedbackRequest, Text = StoredMessage.Write(new Message("{0} demande un retour sur « {1} ».", context.Name(learner), reflection.Title), Notification.TextMaxLength),
                Url = $"/dossier/traces/{reflection.Id}#retours", TraceId = reflection.Id, CreatedAt = context.Now.AddDays(-2),
            });
        }

        var (share, _) = ShareLink.Create(learner, "Pour mon tuteur de PFMP", [website.Id, reflection.Id], context.Now.AddDays(-15), 60);
        share.TokenHash = ShareLink.Hash(context.LinkToken(ShareLinkPurpose));
        share.Opened(context.Now.AddDays(-14));
        db.ShareLinks.Add(share);
        if (context.IsSecond)
        {
            // The tests' second establishment holds one of each kind of record, an editor's unsaved draft included.
            db.TraceDrafts.Add(new TraceDraft
            {
                AuthorId = learner, Session = Guid.CreateVersion7(), SavedAt = context.Now.AddHours(-2), Title = "Brouillon : veille sur les réseaux sociaux",
                Kind = reflection.Kind, Context = TraceContext.Formation, Body = "Premières notes, à compléter.",
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private FeedbackComment Thread(Trace trace, Guid teacher, FeedbackVerdict verdict, string? quote, string body, DateTime at, bool resolved)
    {
        var comment = new FeedbackComment
        {
            TraceId = trace.Id, AuthorId = teacher, ByStaff = true, Verdict = verdict, Quote = quote, Body = body, TraceVersion = trace.Version, CreatedAt = at,
            ResolvedAt = resolved ? at.AddDays(2) : null, ResolvedById = resolved ? trace.LearnerId : null,
        };
        db.FeedbackComments.Add(comment);
        return comment;
    }

    private void Request(Trace trace, Guid learner, string message, DateTime at) =>
        db.FeedbackRequests.Add(new FeedbackRequest { TraceId = trace.Id, LearnerId = learner, Message = message, RequestedAt = at });

    private async Task AttachAsync(Trace trace, Guid learner, string name, string contentType, string extension, bool image, byte[] content, DateTime at, CancellationToken cancellationToken)
    {
        var key = FileKeys.New("traces", at);
        await using (var stream = new MemoryStream(content))
        {
            await files.SaveAsync(key, stream, contentType, cancellationToken);
        }

        db.Attachments.Add(new Attachment
        {
            TraceId = trace.Id, FileName = name, StorageKey = key, ContentType = contentType, Extension = extension, Size = content.Length,
            IsImage = image, UploadedById = learner, UploadedAt = at,
        });
    }

    /// <summary>Raw string literals keep their indentation trimmed already; only the line endings are normalised.</summary>
    private static string Clean(string body) => body.ReplaceLineEndings("\n").Trim();
}
