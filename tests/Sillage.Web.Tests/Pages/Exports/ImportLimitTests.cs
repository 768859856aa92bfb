using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sillage.Web.Data;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Tests.Pages.Exports;

/// <summary>
/// Hostile zips given to the dossier import (limits lowered by the test host: 2 MB zip, 1 MB manifest, 20 files, 2 MB
/// per attachment and in all): each is refused with a French message on the page, before anything is stored or queued,
/// and the job refuses them too when queued some other way.
/// </summary>
public sealed class ImportLimitTests : IDisposable
{
    private const string Learner = "import.limites@demo.sillage.test";

    private const string Manifest =
        """{"format":"sillage-portfolio","formatVersion":1,"exportedAt":"2026-11-01T00:00:00Z","learner":{"firstName":"A","lastName":"B"},"traces":[]}""";

    private readonly LimitedApp _app = new();

    public void Dispose() => _app.Dispose();

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }
        }

        return output.ToArray();
    }

    private static (string, byte[]) ManifestEntry(string padding = "") => ("manifest.json", Encoding.UTF8.GetBytes(Manifest + padding));

    /// <summary>Bytes that compress about four times (two bits of randomness each), or not at all.</summary>
    private static byte[] Noise(int length, bool compressible)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        if (compressible)
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)('a' + (bytes[i] & 3));
            }
        }

        return bytes;
    }

    private async Task<(int Jobs, int Files)> WrittenAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IFileStore>();
        var files = 0;
        foreach (var prefix in new[] { "imports", "traces" })
        {
            await foreach (var _ in store.ListAsync(prefix))
            {
                files++;
            }
        }

        return (await _app.WithDbAsync(db => db.BackgroundJobs.CountAsync()), files);
    }

    [Fact]
    public async Task Hostile_zips_are_refused_on_the_page_and_nothing_is_stored_or_queued()
    {
        var learnerId = await _app.FreshLearnerAsync(Learner);
        var client = await _app.SignInAsync(Learner);
        var before = await WrittenAsync();
        var form = await client.GetPageAsync("/dossier/importer");

        async Task<IReadOnlyList<string>> RefusedAsync(byte[] zip)
        {
            var page = await client.SubmitAndFollowAsync(form, "form[enctype]", files: new() { ["Upload"] = ("export.zip", zip, "application/zip") });
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.EndsWith("/dossier/importer", page.Url.AbsolutePath, StringComparison.Ordinal);
            return page.Errors();
        }

        static void Says(IReadOnlyList<string> errors, string text) =>
            Assert.True(errors.Any(e => e.Contains(text, StringComparison.Ordinal)), $"« {text} » not in: {string.Join(" | ", errors)}");

        // The request itself: a zip over 2 MB is not read.
        Says(await RefusedAsync(Zip(ManifestEntry(), ("files/gros.bin", Noise(2_600_000, compressible: false)))), "Le fichier dépasse 2 Mo.");
        // A file of zeros expanding a thousand times.
        Says(await RefusedAsync(Zip(ManifestEntry(), ("files/zeros.txt", new byte[1_500_000]))), "se décompresse plus de 100 fois");
        // Too many files.
        Says(await RefusedAsync(Zip([ManifestEntry(), .. Enumerable.Range(0, 25).Select(i => ($"files/{i}.txt", "x"u8.ToArray()))])), "un import en accepte 20 au plus");
        // Path traversal, absolute paths, backslashes.
        foreach (var name in new[] { "../evil.txt", "files/../../evil.txt", "/etc/evil.txt", "files\\..\\evil.txt", "C:/evil.txt" })
        {
            Says(await RefusedAsync(Zip(ManifestEntry(), (name, "x"u8.ToArray()))), "nom de fichier refusé");
        }

        // A manifest over 1 MB once decompressed (valid JSON: the padding is white space).
        Says(await RefusedAsync(Zip(ManifestEntry(new string(' ', 1_200_000)))), "manifest.json fait");
        // One attachment over 2 MB once decompressed, and files over 2 MB in all.
        Says(await RefusedAsync(Zip(ManifestEntry(), ("files/long.txt", Noise(2_500_000, compressible: true)))), "files/long.txt fait");
        Says(await RefusedAsync(Zip(ManifestEntry(), ("files/a.txt", Noise(1_200_000, true)), ("files/b.txt", Noise(1_100_000, true)))), "Le contenu de l'archive fait");

        Assert.Equal(before, await WrittenAsync());
        Assert.Equal(0, await _app.WithDbAsync(db => db.Traces.CountAsync(t => t.LearnerId == learnerId)));
    }

    [Fact]
    public async Task An_oversized_zip_sent_without_its_size_gets_the_same_message()
    {
        await _app.FreshLearnerAsync(Learner);
        var client = await _app.SignInAsync(Learner);
        var before = await WrittenAsync();
        var form = await client.GetPageAsync("/dossier/importer");
        var (target, fields, _) = Html.FormFields(form, "form[enctype]");
        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            multipart.Add(new StringContent(value), name);
        }

        multipart.Add(new ByteArrayContent(Zip(ManifestEntry(), ("files/gros.bin", Noise(2_600_000, compressible: false)))), "Upload", "export.zip");

        var content = new UnsizedContent(multipart);
        content.Headers.ContentType = multipart.Headers.ContentType;
        var response = await client.PostAsync(target, content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Le fichier dépasse 2 Mo.", page.Errors());
        Assert.Equal(before, await WrittenAsync());
    }

    /// <summary>A body sent in chunks: it does not announce its length (no Content-Length header).</summary>
    private sealed class UnsizedContent(HttpContent inner) : HttpContent
    {
        protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
            inner.CopyTo(stream, context, cancellationToken);

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => inner.CopyToAsync(stream, context);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    [Fact]
    public async Task A_zip_bomb_queued_without_the_page_fails_its_job_and_nothing_is_imported()
    {
        var learnerId = await _app.FreshLearnerAsync("import.bombe@demo.sillage.test");
        var ids = await _app.EnqueueImportsAsync(Zip(ManifestEntry(), ("files/zeros.txt", new byte[1_500_000])), learnerId);

        var job = await _app.WaitForJobAsync(ids[0]);

        Assert.Equal(BackgroundJobStatus.Failed, job.Status);
        Assert.False(await _app.UploadExistsAsync(job));
        var page = await (await _app.SignInAsync("import.bombe@demo.sillage.test")).GetPageAsync($"/taches/{job.Id}");
        Assert.Contains(page.FindAll("#job-report li"), li => li.TextContent.Contains("se décompresse plus de 100 fois", StringComparison.Ordinal));
        Assert.Equal(0, await _app.WithDbAsync(db => db.Traces.CountAsync(t => t.LearnerId == learnerId)));
    }

    private sealed class LimitedApp : SillageApp
    {
        public string StoragePath { get; } = Path.Combine(Path.GetTempPath(), $"sillage-import-limits-{Guid.NewGuid():N}");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Storage:LocalPath", StoragePath);
            builder.UseSetting("Storage:MaxUploadMegabytes", "2");
            builder.UseSetting("Import:MaxUploadMegabytes", "2");
            builder.UseSetting("Import:MaxManifestMegabytes", "1");
            builder.UseSetting("Import:MaxEntries", "20");
            builder.UseSetting("Import:MaxTotalMegabytes", "2");
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing && Directory.Exists(StoragePath))
            {
                Directory.Delete(StoragePath, recursive: true);
            }
        }
    }
}
