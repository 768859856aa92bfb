namespace Sillage.Domain.Files;

/// <summary>A kind of file the platform accepts, recognised by its extension and confirmed by its first bytes.</summary>
public sealed record FileType(string Extension, string ContentType, string Label, FileFamily Family)
{
    public bool IsImage => Family == FileFamily.Image;
}

public enum FileFamily
{
    Document = 1,
    Image = 2,
    Text = 3,
    Archive = 4,
    Media = 5,
}
