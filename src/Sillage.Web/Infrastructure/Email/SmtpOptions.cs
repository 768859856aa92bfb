namespace Sillage.Web.Infrastructure.Email;

/// <summary>Section <c>Smtp</c>. E-mail is sent only when <see cref="Host"/> is set.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public bool UseStartTls { get; set; } = true;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "Sillage <no-reply@sillage.invalid>";

    /// <summary>Failed sends of one message before the dispatcher gives up on it (its <c>Error</c> is then set).</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Wait after the first failed send; doubled after each further failure (1, 2, 4, 8, 16 minutes by default).</summary>
    public int RetryAfterSeconds { get; set; } = 60;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
