using System.Security.Cryptography;
using Sillage.Web.Infrastructure.Files;

namespace Sillage.Web.Tests.Infrastructure.Files;

/// <summary>What every file store must do, run against the local folder and a real S3-compatible server.</summary>
public abstract class FileStoreContract
{
    protected abstract IFileStore Store { get; }

    private static string NewPrefix() => $"contract/{Guid.NewGuid():N}";

    [Fact]
    public async Task A_saved_file_reads_back_byte_for_byte_even_at_4_MB()
    {
        var key = $"{NewPrefix()}/big.bin";
        var bytes = RandomNumberGenerator.GetBytes(4 * 1024 * 1024 + 17);
        await Store.SaveAsync(key, new MemoryStream(bytes), "application/octet-stream");

        await using var read = await Store.OpenReadAsync(key);
        Assert.NotNull(read);
        var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(SHA256.HashData(bytes), SHA256.HashData(copy.ToArray()));
    }

    [Fact]
    public async Task A_one_pass_stream_is_saved_whole()
    {
        var key = $"{NewPrefix()}/stream.bin";
        var bytes = RandomNumberGenerator.GetBytes(300_000);
        await Store.SaveAsync(key, new OnePassStream(bytes), "application/octet-stream");

        await using var read = await Store.OpenReadAsync(key);
        var copy = new MemoryStream();
        await read!.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task A_missing_key_reads_as_null_and_does_not_exist()
    {
        var key = $"{NewPrefix()}/absent.txt";
        Assert.Null(await Store.OpenReadAsync(key));
        Assert.False(await Store.ExistsAsync(key));
    }

    [Fact]
    public async Task Listing_a_prefix_gives_its_keys_and_delete_removes_one()
    {
        var prefix = NewPrefix();
        foreach (var name in new[] { "a.txt", "b/c.txt" })
        {
            await Store.SaveAsync($"{prefix}/{name}", new MemoryStream("x"u8.ToArray()), "text/plain");
        }

        await Store.SaveAsync($"{prefix}-other/d.txt", new MemoryStream("x"u8.ToArray()), "text/plain");
        var keys = new List<string>();
        await foreach (var key in Store.ListAsync($"{prefix}/"))
        {
            keys.Add(key);
        }

        Assert.Equal([$"{prefix}/a.txt", $"{prefix}/b/c.txt"], keys.Order());
        await Store.DeleteAsync($"{prefix}/a.txt");
        Assert.False(await Store.ExistsAsync($"{prefix}/a.txt"));
        Assert.True(await Store.ExistsAsync($"{prefix}/b/c.txt"));
    }

    [Fact]
    public async Task Overwriting_a_key_keeps_the_last_content()
    {
        var key = $"{NewPrefix()}/same.txt";
        await Store.SaveAsync(key, new MemoryStream("first"u8.ToArray()), "text/plain");
        await Store.SaveAsync(key, new MemoryStream("second"u8.ToArray()), "text/plain");
        await using var read = await Store.OpenReadAsync(key);
        Assert.Equal("second", await new StreamReader(read!).ReadToEndAsync());
    }

    [Fact]
    public async Task A_key_outside_the_platform_alphabet_is_refused()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SaveAsync("../escape.txt", new MemoryStream(), "text/plain"));
    }
}

/// <summary>A request body or a zip entry: read once, no length, no seeking.</summary>
internal sealed class OnePassStream(byte[] bytes) : Stream
{
    private readonly MemoryStream inner = new(bytes);

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

public sealed class LocalFileStoreTests : FileStoreContract, IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), $"sillage-files-{Guid.NewGuid():N}");

    protected override IFileStore Store => field ??= new LocalFileStore(root);

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}

public sealed class S3FileStoreTests(S3Server server) : FileStoreContract, IClassFixture<S3Server>
{
    protected override IFileStore Store => server.Store();

    [Fact]
    public async Task The_start_check_passes_on_the_bucket_and_names_a_missing_one()
    {
        await Store.CheckAsync();
        var missing = await Assert.ThrowsAsync<InvalidOperationException>(() => S3FileStore.Create(server.Options("absent-bucket")).CheckAsync());
        Assert.Contains("'absent-bucket'", missing.Message, StringComparison.Ordinal);
        Assert.Contains(server.ServiceUrl, missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_start_check_says_when_the_server_is_out_of_reach()
    {
        var options = server.Options();
        options.S3ServiceUrl = "http://127.0.0.1:9";
        var unreachable = await Assert.ThrowsAsync<InvalidOperationException>(() => S3FileStore.Create(options).CheckAsync());
        Assert.Contains("cannot be reached", unreachable.Message, StringComparison.Ordinal);
    }
}
