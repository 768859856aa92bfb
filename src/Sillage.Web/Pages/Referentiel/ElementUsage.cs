using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Sillage.Web.Pages.Referentiel;

/// <summary>How many records of a cohort use each element, by kind of record, with a <see cref="Stamp"/> that changes
/// as soon as one record is added, removed or points elsewhere: the move screen sends it back, and a screen computed
/// on other records is refused.</summary>
public sealed class ElementUsage
{
    private ElementUsage(IReadOnlyDictionary<Guid, IReadOnlyDictionary<ElementUse, int>> byElement)
    {
        ByElement = byElement;
        var lines = byElement.SelectMany(e => e.Value.Select(u => $"{e.Key:N}:{(int)u.Key}:{u.Value}")).Order(StringComparer.Ordinal);
        Stamp = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))))[..16];
    }

    public IReadOnlyDictionary<Guid, IReadOnlyDictionary<ElementUse, int>> ByElement { get; }
    public string Stamp { get; }

    public int Total(ElementUse use) => ByElement.Values.Sum(u => u.GetValueOrDefault(use));

    public int Total() => ByElement.Values.Sum(u => u.Values.Sum());

    public int Count(Guid element, ElementUse use) => ByElement.GetValueOrDefault(element)?.GetValueOrDefault(use) ?? 0;

    public static async Task<ElementUsage> ReadAsync(CohortElementRows rows, CancellationToken cancellationToken = default)
    {
        var counts = new Dictionary<Guid, Dictionary<ElementUse, int>>();
        foreach (var (use, ids) in rows.ElementIds())
        {
            foreach (var row in await ids.GroupBy(id => id).Select(g => new { Element = g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            {
                if (!counts.TryGetValue(row.Element, out var byUse))
                {
                    counts[row.Element] = byUse = [];
                }

                byUse[use] = row.Count;
            }
        }

        return new ElementUsage(counts.ToDictionary(c => c.Key, c => (IReadOnlyDictionary<ElementUse, int>)c.Value));
    }
}
