namespace Sillage.Web.Data;

/// <summary>The first-run setup token, stored hashed (SHA-256) so that every instance accepts it and only one setup
/// spends it: the row is deleted by the setup that creates the first administrator. See <see cref="Infrastructure.Auth.SetupToken"/>.</summary>
public class SetupTokenRecord
{
    public const int HashLength = 64;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Hash { get; set; }
    public DateTime IssuedAt { get; set; }
}
