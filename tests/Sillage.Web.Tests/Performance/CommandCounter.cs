using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Sillage.Web.Tests.Performance;

/// <summary>Counts the database commands sent in the current async flow while <see cref="Start"/>'s scope is open
/// (an interceptor sees every command; EF's diagnostic events are not a reliable count: EF checks for listeners
/// at most once in a while per context, and contexts are pooled).</summary>
public class CommandCounter : DbCommandInterceptor
{
    private readonly AsyncLocal<StrongBox<int>?> _current = new();

    /// <summary>Counts until the returned scope is disposed; read the count from <paramref name="count"/>.</summary>
    public IDisposable Start(out StrongBox<int> count)
    {
        count = new StrongBox<int>();
        _current.Value = count;
        return new Stop(this);
    }

    /// <summary>Where the command being sent is counted, if anywhere.</summary>
    protected virtual StrongBox<int>? Current() => _current.Value;

    private void Count()
    {
        if (Current() is { } box)
        {
            Interlocked.Increment(ref box.Value);
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private sealed class Stop(CommandCounter counter) : IDisposable
    {
        public void Dispose() => counter._current.Value = null;
    }

    /// <summary>The app with a <see cref="CommandCounter"/> among its interceptors.</summary>
    public sealed class App : SillageApp
    {
        public CommandCounter Counter { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(Counter));
        }
    }
}
