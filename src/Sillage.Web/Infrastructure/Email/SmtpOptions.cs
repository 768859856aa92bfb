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

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
