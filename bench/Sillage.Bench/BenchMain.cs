namespace Sillage.Bench;

/// <summary>Benchmarks of page server time on generated data; figures and commands in docs/benchmarks.md.
/// <c>dotnet run -c Release --project bench/Sillage.Bench -- [--postgres "Host=…"] [--scenario NAME] [--scale realistic|large] [--iterations N]</c></summary>
public static class BenchMain
{
    public static Task<int> Main(string[] args) => BenchOptions.Parse(args) is { Prepare: not null, Scale: DayData.Scale } day
        ? DayData.PrepareAsync(day)
        : BenchRunner.RunAsync(BenchOptions.Parse(args));
}
