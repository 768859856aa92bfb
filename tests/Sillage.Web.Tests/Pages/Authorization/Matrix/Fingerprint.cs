using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Sillage.Web.Data;

namespace Sillage.Web.Tests.Pages.Authorization.Matrix;

/// <summary>
/// What the database holds, table by table, in one query: each table's row count and an order-independent sum
/// of a 64-bit hash of every row's content (all columns). Two equal fingerprints mean no row was added, removed
/// or changed. Tables and columns come from the EF model, so a new entity is covered without listing it. On
/// SQLite the hash is a function registered on the connection; on PostgreSQL, <c>hashtextextended(row::text)</c>.
/// </summary>
public sealed class DatabaseFingerprint : IAsyncDisposable
{
    /// <summary>Tables a refused request may change, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> Excluded = new Dictionary<string, string>
    {
        ["AuditEntries"] = "the audit log records refused attempts and sign-ins; that is its purpose",
        ["DataProtectionKeys"] = "the key ring is created on first use (antiforgery, cookies), not by a handler",
    };

    private readonly DbConnection _connection;
    private readonly string _sql;

    private DatabaseFingerprint(DbConnection connection, string sql)
    {
        _connection = connection;
        _sql = sql;
    }

    public static async Task<DatabaseFingerprint> OpenAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SillageDb>();
        var connectionString = db.Database.GetConnectionString()!;
        var postgres = db.Database.IsNpgsql();
        var tables = Tables(db.Model).Where(t => !Excluded.ContainsKey(t.Name)).ToList();
        string Quote(string name) => $"\"{name}\"";
        var selects = tables.Select(t => postgres
            ? $"SELECT '{t.Name}', count(*), coalesce(sum(hashtextextended(x::text, 0)), 0)::text FROM {Quote(t.Name)} x"
            : $"SELECT '{t.Name}', count(*), cast(coalesce(sillage_fp({string.Join(" || '|' || ", t.Columns.Select(c => $"quote({Quote(c)})"))}), 0) as text) FROM {Quote(t.Name)}");
        DbConnection connection = postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateAggregate("sillage_fp", 0L, (long sum, string row) => unchecked(sum + Fnv1a(row)), isDeterministic: true);
        }

        return new DatabaseFingerprint(connection, string.Join("\nUNION ALL ", selects));
    }

    /// <summary>Table name → "rows:hash".</summary>
    public async Task<IReadOnlyDictionary<string, string>> TakeAsync()
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = _sql;
        var result = new Dictionary<string, string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result[reader.GetString(0)] = $"{reader.GetInt64(1)}:{reader.GetString(2)}";
        }

        return result;
    }

    /// <summary>The tables whose content differs, with their row counts before → after.</summary>
    public static IReadOnlyList<string> Changes(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Where(t => after[t.Key] != t.Value)
            .Select(t => $"{t.Key} ({t.Value.Split(':')[0]} → {after[t.Key].Split(':')[0]} rows)")
            .ToList();

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static IEnumerable<(string Name, IReadOnlyList<string> Columns)> Tables(IModel model) =>
        model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null && e.GetViewName() is null)
            .GroupBy(e => e.GetTableName()!)
            .Select(g => (g.Key, (IReadOnlyList<string>)g.SelectMany(e => e.GetProperties()
                    .Select(p => p.GetColumnName(StoreObjectIdentifier.Table(g.Key, e.GetSchema()))))
                .OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList()))
            .OrderBy(t => t.Key, StringComparer.Ordinal);

    private static long Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return unchecked((long)hash);
    }
}
