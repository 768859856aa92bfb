namespace Sillage.Bench;

public sealed record BenchOptions(string? Postgres, string? Scenario, int Iterations, int Warmup, string Scale)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new BenchOptions(
            Value("--postgres") ?? Environment.GetEnvironmentVariable("SILLAGE_BENCH_POSTGRES"),
            Value("--scenario"),
            int.TryParse(Value("--iterations"), out var n) ? n : 200,
            int.TryParse(Value("--warmup"), out var w) ? w : 20,
            Value("--scale") ?? "realistic");
    }
}
