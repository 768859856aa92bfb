namespace Sillage.Day;

/// <summary>One line of the accounts file: email, password, role (learner, teacher, referent), cohort id, user id.</summary>
public sealed record Account(string Email, string Password, string Role, Guid? CohortId, Guid UserId)
{
    public static IReadOnlyList<Account> Read(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .Select(f => new Account(f[0], f[1], f[2], Guid.TryParse(f[3], out var c) ? c : null, Guid.Parse(f[4]))).ToList();

    /// <summary>The day's cast: one référent, about one teacher for ten learners (3 per cohort of 30), learners for the rest,
    /// spread over the cohorts (more teachers when the file has too few learners).</summary>
    public static IReadOnlyList<Account> Cast(IReadOnlyList<Account> all, int users)
    {
        var learners = Math.Min(all.Count(a => a.Role == "learner"), users - 1 - Math.Max(1, (int)Math.Round(users * 0.09)));
        var teachers = users - 1 - learners;
        var cast = all.Where(a => a.Role == "referent").Take(1).ToList();
        cast.AddRange(Interleave(all.Where(a => a.Role == "teacher")).Take(teachers));
        cast.AddRange(Interleave(all.Where(a => a.Role == "learner")).Take(learners));
        return cast.Count == users ? cast : throw new ArgumentException($"the accounts file has too few accounts for {users} users");
    }

    /// <summary>Accounts taken round-robin across cohorts, so that a small run still has every cohort.</summary>
    private static IEnumerable<Account> Interleave(IEnumerable<Account> accounts) =>
        accounts.GroupBy(a => a.CohortId).SelectMany(g => g.Select((a, i) => (a, i))).OrderBy(x => x.i).Select(x => x.a);
}
