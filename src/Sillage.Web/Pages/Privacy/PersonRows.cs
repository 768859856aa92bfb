using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Sillage.Web.Data;

namespace Sillage.Web.Pages.Privacy;

/// <summary>Generic queries over a <see cref="PersonalDataRule"/>: the rows of an entity whose person property is a
/// given id — counted, listed or deleted set-based, whatever the entity type.</summary>
public static class PersonRows
{
    public static Task<int> CountAsync(SillageDb db, PersonalDataRule rule, Guid personId, CancellationToken cancellationToken) =>
        Invoke<Task<int>>(nameof(CountOf), rule, db, personId, cancellationToken);

    public static Task<int> DeleteAsync(SillageDb db, PersonalDataRule rule, Guid personId, CancellationToken cancellationToken) =>
        Invoke<Task<int>>(nameof(DeleteOf), rule, db, personId, cancellationToken);

    public static Task<List<object>> ListAsync(SillageDb db, PersonalDataRule rule, Guid personId, CancellationToken cancellationToken) =>
        Invoke<Task<List<object>>>(nameof(ListOf), rule, db, personId, cancellationToken);

    private static T Invoke<T>(string method, PersonalDataRule rule, SillageDb db, Guid personId, CancellationToken cancellationToken) =>
        (T)typeof(PersonRows).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(rule.Entity)
            .Invoke(null, [db, rule.Property, personId, cancellationToken])!;

    private static Expression<Func<TEntity, bool>> Matches<TEntity>(SillageDb db, string property, Guid personId)
    {
        var clrType = db.Model.FindEntityType(typeof(TEntity))!.FindProperty(property)!.ClrType;
        var entity = Expression.Parameter(typeof(TEntity), "e");
        var value = Expression.Call(typeof(EF), nameof(EF.Property), [clrType], entity, Expression.Constant(property));
        return Expression.Lambda<Func<TEntity, bool>>(Expression.Equal(value, Expression.Convert(Expression.Constant(personId), clrType)), entity);
    }

    private static Task<int> CountOf<TEntity>(SillageDb db, string property, Guid personId, CancellationToken cancellationToken)
        where TEntity : class => db.Set<TEntity>().CountAsync(Matches<TEntity>(db, property, personId), cancellationToken);

    private static Task<int> DeleteOf<TEntity>(SillageDb db, string property, Guid personId, CancellationToken cancellationToken)
        where TEntity : class => db.Set<TEntity>().Where(Matches<TEntity>(db, property, personId)).ExecuteDeleteAsync(cancellationToken);

    /// <summary>The rows, each with the collections that belong to it (deleted with it: a project's steps, a Pix
    /// result's levels, a trace's competence links), so that the download holds what the person's records hold.</summary>
    private static async Task<List<object>> ListOf<TEntity>(SillageDb db, string property, Guid personId, CancellationToken cancellationToken)
        where TEntity : class
    {
        var query = db.Set<TEntity>().AsNoTracking().Where(Matches<TEntity>(db, property, personId));
        foreach (var navigation in db.Model.FindEntityType(typeof(TEntity))!.GetNavigations()
                     .Where(n => n.IsCollection && n.ForeignKey.DeleteBehavior == DeleteBehavior.Cascade))
        {
            query = query.Include(navigation.Name);
        }

        return [.. await query.AsSplitQuery().ToListAsync(cancellationToken)];
    }
}
