namespace Sillage.Domain.Tests;

/// <summary>A message kept in a text column reads back as the same template and arguments, nested messages included.</summary>
public sealed class StoredMessageTests
{
    [Fact]
    public void A_message_with_nested_message_and_numbers_reads_back_the_same()
    {
        var message = new Message("{0} : prêt à télécharger.", new Message("{0} — {1}", new Message("Export PDF du dossier"), "Léa « Lou » Martin"));
        var stored = StoredMessage.Write(message);

        var read = StoredMessage.Read(stored);
        Assert.Equal(message.ToString(), read.ToString());
        Assert.Equal("{0} : prêt à télécharger.", read.Template);
        var title = Assert.IsType<Message>(Assert.Single(read.Args));
        Assert.Equal("Export PDF du dossier", Assert.IsType<Message>(title.Args[0]).Template);
        Assert.Equal("Export PDF du dossier — Léa « Lou » Martin : prêt à télécharger.", read.ToString());
    }

    [Fact]
    public void Numbers_keep_their_kind_and_format()
    {
        var read = StoredMessage.Read(StoredMessage.Write(new Message("{0} / {1} — {2:0.#} semaines", 3, 4_000_000_000L, 2.5m)));
        Assert.Equal(new object[] { 3, 4_000_000_000L, 2.5m }, read.Args);
        Assert.Equal("3 / 4000000000 — 2,5 semaines", read.ToString());
    }

    [Fact]
    public void Names_stay_readable_in_the_column_so_that_erasure_finds_them()
    {
        var stored = StoredMessage.Write(new Message("{0} demande un retour sur « {1} ».", "Éloïse D'Arc-Müller", "Sécurité & <RGPD>"));
        Assert.Contains("Éloïse D'Arc-Müller", stored, StringComparison.Ordinal);
        Assert.Contains("Sécurité & <RGPD>", stored, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Export PDF du dossier — Léa Martin : prêt à télécharger.")]
    [InlineData("Mission {0} ajoutée")]
    [InlineData("{\"t\":\"cassé")]
    [InlineData("")]
    public void Plain_text_of_older_rows_reads_as_a_message_without_arguments(string stored)
    {
        var read = StoredMessage.Read(stored);
        Assert.Equal(stored, read.Template);
        Assert.Empty(read.Args);
    }

    [Fact]
    public void A_message_too_long_for_its_column_is_kept_as_its_french_text_cut_to_fit()
    {
        var message = new Message("{0} a commenté votre trace « {1} ».", "Léa Martin", new string('x', 200));
        var stored = StoredMessage.Write(message, 120);
        Assert.Equal(120, stored.Length);
        Assert.StartsWith("Léa Martin a commenté votre trace « xxx", stored, StringComparison.Ordinal);
        Assert.EndsWith("…", stored, StringComparison.Ordinal);
        Assert.Equal(stored, StoredMessage.Read(stored).Template);
        Assert.Equal(StoredMessage.Write(message), StoredMessage.Write(message, 1000));
    }

    [Fact]
    public void An_argument_of_another_kind_is_refused_when_written()
    {
        Assert.Throws<ArgumentException>(() => StoredMessage.Write(new Message("Le {0}", DateTime.UnixEpoch)));
    }
}
