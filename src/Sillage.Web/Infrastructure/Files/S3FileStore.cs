using System.Net;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Sillage.Web.Infrastructure.Files;

/// <summary>Files in an S3-compatible bucket (AWS, MinIO, Garage, OVH, Scaleway…).</summary>
public sealed class S3FileStore(IAmazonS3 client, string bucket) : IFileStore
{
    /// <summary>The store of the <c>Storage</c> settings with the S3 provider.</summary>
    public static S3FileStore Create(StorageOptions options)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.S3ForcePathStyle,

            // Since 2025 the SDK sends every upload as aws-chunked with a CRC trailer by default; many S3-compatible
            // servers (s3rver, older MinIO, Ceph, some providers) store the chunk framing as the file's content.
            // Checksums only where the operation requires them (tested against s3rver in FileStoreContract).
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (!string.IsNullOrEmpty(options.S3ServiceUrl))
        {
            config.ServiceURL = options.S3ServiceUrl;
        }

        if (!string.IsNullOrEmpty(options.S3Region))
        {
            config.AuthenticationRegion = options.S3Region;
        }

        var client = new AmazonS3Client(new BasicAWSCredentials(options.S3AccessKey, options.S3SecretKey), config);
        return new S3FileStore(client, options.S3Bucket ?? throw new InvalidOperationException("Storage:S3Bucket is required with the S3 provider."));
    }

    public async Task SaveAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        FileKeys.Validate(key);

        // Signed with the payload's SHA-256 rather than the SDK's default aws-chunked streaming signature, which
        // several S3-compatible servers (s3rver among them) store as the file's content. Hashing the payload needs
        // a stream that can be read twice: a one-pass stream is spooled to a temporary file first.
        await using var spool = content.CanSeek ? null : await SpoolAsync(content, cancellationToken);
        await client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = bucket, Key = key, InputStream = spool ?? content, ContentType = contentType, AutoCloseStream = false, UseChunkEncoding = false,
        }, cancellationToken);
    }

    private static async Task<FileStream> SpoolAsync(Stream content, CancellationToken cancellationToken)
    {
        var spool = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await content.CopyToAsync(spool, cancellationToken);
        spool.Position = 0;
        return spool;
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        FileKeys.Validate(key);
        try
        {
            var response = await client.GetObjectAsync(bucket, key, cancellationToken);
            return response.ResponseStream;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        FileKeys.Validate(key);
        await client.DeleteObjectAsync(bucket, key, cancellationToken);
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default)
    {
        FileKeys.Validate(key);
        try
        {
            await client.GetObjectMetadataAsync(bucket, key, cancellationToken);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task CheckAsync(CancellationToken cancellationToken = default)
    {
        // Listing an empty prefix is what every S3-compatible server implements (HeadBucket/ACL calls are not
        // universal, and s3rver fails on a truncated listing).
        var where = client.Config.ServiceURL ?? client.Config.RegionEndpoint?.SystemName;
        try
        {
            await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Prefix = "sillage-start-check/", MaxKeys = 1 }, cancellationToken);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound || e.ErrorCode == "NoSuchBucket")
        {
            throw new InvalidOperationException($"The S3 bucket '{bucket}' does not exist at {where}. Create it, or correct Storage:S3Bucket.", e);
        }
        catch (Exception e) when (e is AmazonServiceException or HttpRequestException)
        {
            throw new InvalidOperationException($"The S3 storage at {where} cannot be reached ({e.Message}). Check Storage:S3ServiceUrl and the keys.", e);
        }
    }

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix };
        ListObjectsV2Response response;
        do
        {
            response = await client.ListObjectsV2Async(request, cancellationToken);
            foreach (var item in response.S3Objects ?? [])
            {
                yield return item.Key;
            }

            request.ContinuationToken = response.NextContinuationToken;
        }
        while (response.IsTruncated == true);
    }
}
