namespace Sillage.Bench;

/// <param name="Database">Keep the generated data in this database (a SQLite file path, or a PostgreSQL database name
/// created on <paramref name="Postgres"/>) instead of a throwaway one.</param>
/// <param name="Prepare">Only generate the load benchmark's data and write its pages to this file (for bench/load).</param>
public sealed record BenchOptions(string? Postgres, string? Scenario, int Iterations, int Warmup, string Scale, string? Database = null, string? Prepare = null)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new BenchOptions(
            Value("--postgres") ?? Environment.GetEnvironmentVariable("SILLAGE_BENCH_POSTGRES"),
            Value("--scenario"),
            int.TryParse(Value("--iterations"), out var n) ? n : 200,
            int.TryParse(Value("--warmup"), out var w) ? w : 20,
            Value("--scale") ?? "realistic",
            Value("--database"),
            Value("--prepare"));
    }
}
