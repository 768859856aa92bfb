using System.Text;
using Sillage.Domain.Files;

namespace Sillage.Domain.Tests.Files;

public sealed class FileCheckTests
{
    private static readonly IReadOnlySet<string> Allowed = new HashSet<string> { "pdf", "png", "jpg", "docx", "txt" };
    private const long Max = 1024 * 1024;

    private static FileCheck.Result Check(string name, byte[] content, long? length = null) =>
        FileCheck.Check(name, content, length ?? content.Length, Max, Allowed);

    private static readonly byte[] PdfBytes = Encoding.ASCII.GetBytes("%PDF-1.7\n...");
    private static readonly byte[] PngBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0];

    [Fact]
    public void A_real_pdf_is_accepted() => Assert.Equal("application/pdf", Check("rapport.pdf", PdfBytes).Type!.ContentType);

    [Fact]
    public void An_empty_file_is_refused() => Assert.Contains("vide", Check("vide.pdf", []).Error!.ToString(), StringComparison.Ordinal);

    [Fact]
    public void An_oversized_file_is_refused_with_the_limit() =>
        Assert.Contains("taille maximale (1 Mo)", Check("gros.pdf", PdfBytes, Max + 1).Error!.ToString(), StringComparison.Ordinal);

    [Fact]
    public void A_renamed_executable_is_refused() =>
        Assert.NotNull(Check("photo.png", [(byte)'M', (byte)'Z', 0x90, 0]).Error);

    [Fact]
    public void Content_that_does_not_match_the_extension_is_refused() =>
        Assert.Contains("ne correspond pas", Check("photo.png", PdfBytes).Error!.ToString(), StringComparison.Ordinal);

    [Fact]
    public void A_png_named_jpg_is_refused() => Assert.NotNull(Check("photo.jpg", PngBytes).Error);

    [Theory]
    [InlineData("script.exe")]
    [InlineData("page.html")]
    [InlineData("logo.svg")]
    [InlineData("macro.docm")]
    public void Dangerous_types_are_refused(string name) => Assert.Contains("refusé", Check(name, Encoding.ASCII.GetBytes("hello")).Error!.ToString(), StringComparison.Ordinal);

    [Fact]
    public void A_type_outside_the_configured_list_is_refused_with_the_list() =>
        Assert.Contains(".docx, .jpg, .pdf, .png, .txt", Check("son.mp3", Encoding.ASCII.GetBytes("ID3....")).Error!.ToString(), StringComparison.Ordinal);

    [Fact]
    public void Text_with_binary_zeros_is_not_text() => Assert.NotNull(Check("notes.txt", [0x41, 0x00, 0x42]).Error);

    [Fact]
    public void Windows_1252_text_is_text() => Assert.Null(Check("notes.txt", [0x63, 0x61, 0x66, 0xE9]).Error);

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("..\\..\\windows\\system.ini.pdf", "system.ini.pdf")]
    [InlineData("C:\\Users\\léa\\compte rendu.pdf", "compte rendu.pdf")]
    [InlineData("...", "fichier")]
    [InlineData("a<b>c|d?.pdf", "abcd.pdf")]
    public void Names_lose_their_folders_and_forbidden_characters(string name, string safe) => Assert.Equal(safe, FileCheck.SafeName(name));

    [Fact]
    public void Extensions_are_read_from_the_last_dot_only() => Assert.Equal("exe", FileCheck.Extension("facture.pdf.exe"));
}
