using System.Globalization;

namespace Sillage.Day;

/// <param name="BaseUrl">The published app, reached as behind a TLS-terminating proxy (X-Forwarded-Proto: https).</param>
/// <param name="Accounts">The accounts file written by <c>bench/Sillage.Bench --prepare FILE --scale day</c>.</param>
/// <param name="AppPid">The app's process, whose RSS and CPU are read in /proc.</param>
public sealed record DayOptions(string BaseUrl, string Accounts, int Users, int DurationSeconds, int? AppPid, int Seed)
{
    public static DayOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int? Number(string name) => int.TryParse(Value(name), CultureInfo.InvariantCulture, out var n) ? n : null;
        return new DayOptions(
            Value("--base") ?? "http://127.0.0.1:5188",
            Value("--accounts") ?? throw new ArgumentException("--accounts FILE is required (bench/Sillage.Bench --prepare FILE --scale day)"),
            Number("--users") ?? 200,
            Number("--duration") ?? 300,
            Number("--pid"),
            Number("--seed") ?? 1);
    }
}
