using Microsoft.EntityFrameworkCore;

namespace Sillage.Web.Tests.Security;

/// <summary>
/// The whole database as a refused request must leave it: the number of rows of every table, and which tables hold
/// a given marker in any text column. Two states compared before and after a request prove that nothing was
/// written, not even part of it.
/// </summary>
public static class DatabaseState
{
    /// <summary>The state once the background jobs queued so far have ended (see <see cref="SillageApp.WaitForJobsAsync"/>)
    /// and the audit entries of the reads done so far are written (<see cref="SillageApp.ReadAuditWrittenAsync"/>).</summary>
    public static async Task<Dictionary<string, long>> TakeAsync(this SillageApp app, string? marker = null)
    {
        await app.WaitForJobsAsync();
        await app.ReadAuditWrittenAsync();
        return await CountAsync(app, marker);
    }

    private static Task<Dictionary<string, long>> CountAsync(SillageApp app, string? marker) => app.WithDbAsync(async db =>
    {
        var parts = new List<string>();
        foreach (var table in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.GetViewName() is null)
                     .GroupBy(e => e.GetTableName()!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            parts.Add($"SELECT '{table.Key}' AS t, COUNT(*) AS n FROM \"{table.Key}\"");
            var columns = table.SelectMany(e => e.GetProperties()).Where(p => p.ClrType == typeof(string))
                .Select(p => p.GetColumnName()).Distinct().ToList();
            if (marker is not null && columns.Count > 0)
            {
                var where = string.Join(" OR ", columns.Select(c => $"\"{c}\" LIKE '%{marker}%'"));
                parts.Add($"SELECT '{table.Key} ~ {marker}' AS t, COUNT(*) AS n FROM \"{table.Key}\" WHERE {where}");
            }
        }

        var state = new Dictionary<string, long>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = string.Join(" UNION ALL ", parts);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                state[reader.GetString(0)] = Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        finally
        {
            await connection.CloseAsync();
        }

        return state;
    });

    /// <summary>The tables whose rows differ between two states, as "table: before → after".</summary>
    public static List<string> Changes(Dictionary<string, long> before, Dictionary<string, long> after) =>
        before.Keys.Union(after.Keys).Where(k => before.GetValueOrDefault(k) != after.GetValueOrDefault(k))
            .Select(k => $"{k}: {before.GetValueOrDefault(k)} → {after.GetValueOrDefault(k)}").ToList();
}
