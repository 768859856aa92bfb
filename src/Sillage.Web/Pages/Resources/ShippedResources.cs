using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sillage.Domain.Resources;
using Sillage.Domain.Situations;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Database;

namespace Sillage.Web.Pages.Resources;

/// <summary>The resources the guide cites (data/resources), added to the common library at start-up when missing.</summary>
public sealed class ShippedResources(SillageDb db, TimeProvider clock, ILogger<ShippedResources> logger) : IShippedData
{
    public int Order => 40;

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "resources");

    /// <summary>Raise when <see cref="InstallAsync"/> would install something else from the same files.</summary>
    private const int InstallerVersion = 1;

    public string Fingerprint() => ShippedFingerprint.OfFiles(InstallerVersion, Folder);

    public async Task InstallAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        var present = (await db.Resources.Where(r => r.Code != null).Select(r => r.Code!).ToListAsync(cancellationToken)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var path in Directory.EnumerateFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            await using var stream = File.OpenRead(path);
            var file = await JsonSerializer.DeserializeAsync<ResourceFile>(stream, SituationFileReader.Options, cancellationToken)
                       ?? throw new InvalidOperationException($"{path} is empty.");
            foreach (var item in file.Resources ?? [])
            {
                if (item.Code is null || !present.Add(item.Code))
                {
                    continue;
                }

                var resource = new Resource
                {
                    Code = item.Code,
                    Title = item.Title ?? throw new InvalidOperationException($"{path}: resource {item.Code} has no title."),
                    Url = item.Url,
                    Publisher = item.Publisher,
                    Description = item.Description,
                    Source = item.Source,
                    Audience = ResourceAudiences.FromCode(item.Audience) ?? throw new InvalidOperationException($"{path}: resource {item.Code} has an unknown audience."),
                    CreatedAt = now,
                };
                foreach (var competence in item.Competences ?? [])
                {
                    var colon = competence.IndexOf(':', StringComparison.Ordinal);
                    resource.Competences.Add(new ResourceCompetence
                    {
                        ResourceId = resource.Id,
                        FrameworkCode = competence[..colon],
                        ElementCode = competence[(colon + 1)..],
                    });
                }

                db.Resources.Add(resource);
                logger.LogInformation("Added shipped resource {Code}", item.Code);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
