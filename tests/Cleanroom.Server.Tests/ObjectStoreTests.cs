using System.Text.Json.Nodes;
using Cleanroom.Server.Tests.Infrastructure;

namespace Cleanroom.Server.Tests;

/// <summary>The S3 API as boto3 sees it: buckets and ownership, objects, payload modes and checksums, multipart uploads.</summary>
public sealed class ObjectStoreTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly string[] RefusedOperations =
    [
        "list_objects_v2", "list_objects", "get_bucket_location", "delete_bucket", "get_object", "get_missing_object", "put_object",
        "delete_object", "delete_objects", "copy_out", "copy_in", "create_multipart_upload", "upload_part", "upload_part_copy",
        "list_parts", "complete_multipart_upload", "abort_multipart_upload", "list_multipart_uploads",
    ];

    [Fact]
    public async Task BucketsBelongToTheirCreatorAndRefuseEveryoneElse()
    {
        var accounts = await fixture.Server.CreateAccountsAsync("A", "B");
        var r = await Boto3Script.RunAsync("s3_buckets_and_access.py", fixture.Url, accounts);

        Assert.Equal("/owned-by-a", (string?)Observed.Ok(r["create"], "create")["Location"]);
        Observed.Error(r["create_again"], "BucketAlreadyOwnedByYou", 409, "create twice");
        Observed.Error(r["create_by_other"], "BucketAlreadyExists", 409, "another account takes the name");
        foreach (var (name, result) in r["invalid_names"]!.AsObject())
        {
            Observed.Error(result, "InvalidBucketName", 400, $"bucket name '{name}'");
        }

        foreach (var (name, result) in r["valid_names"]!.AsObject())
        {
            Observed.Ok(result, $"bucket name '{name}'");
        }

        Observed.Error(r["region_mismatch"], "IllegalLocationConstraintException", 400, "another region");
        Assert.Equal("us-east-1", (string?)Observed.Ok(r["head_bucket"], "head")["BucketRegion"]);
        Assert.Null(Observed.Ok(r["location"], "location")["LocationConstraint"]);
        Observed.Error(r["head_missing"], "404", 404, "head of a missing bucket");
        Observed.Error(r["list_missing"], "NoSuchBucket", 404, "list of a missing bucket");
        Assert.Equal(["999999999999999999999999999999999999999999999999999999999999999", "a.b-c.1", "abc", "owned-by-a"], Strings(r["a_buckets"]));
        Assert.Empty(Strings(r["b_buckets"]));
        Assert.Equal("owned-by-a", (string?)Observed.Ok(r["a_buckets_prefixed"], "prefix")["Buckets"]![0]!["Name"]);
        Observed.Error(r["unsupported_subresource"], "NotImplemented", 501, "ACLs");

        foreach (var operation in RefusedOperations)
        {
            var error = Observed.Error(r["refused"]![operation], "AccessDenied", 403, $"B's {operation} on A's bucket");
            Assert.Equal("Access Denied", (string?)error["message"]);
        }

        Observed.Error(r["refused"]!["head_bucket"], "403", 403, "B's head_bucket");
        Observed.Error(r["refused"]!["head_object"], "403", 403, "B's head_object");
        Assert.Equal("id,value\n1,42\n", (string?)Observed.Ok(r["a_after"], "A reads its object")["Body"]);
        Assert.Equal(["secret/data.csv"], Strings(r["a_keys_after"]));
        Assert.True((bool)r["a_uploads_after"]!);

        Observed.Error(r["delete_not_empty"], "BucketNotEmpty", 409, "delete with an object and an upload");
        Observed.Ok(r["delete_empty"], "delete when empty");
        Observed.Error(r["head_deleted"], "404", 404, "head after delete");
        Observed.Ok(r["recreate_by_other"], "the name is free again");
    }

    [Fact]
    public async Task ObjectsKeepTheirBytesHeadersAndOrder()
    {
        var account = await fixture.Server.CreateAccountAsync("Objects");
        var r = await Boto3Script.RunAsync("s3_objects.py", fixture.Url, [account with { Name = "A" }]);

        var put = Observed.Ok(r["put"], "put");
        Assert.Equal("\"644be06dfc54061fd1e67f5ebbabcd58\"", (string?)put["ETag"]);
        var get = Observed.Ok(r["get"], "get");
        Assert.Equal("0123456789abcdefghij", (string?)get["Body"]);
        Assert.Equal("text/plain", (string?)get["ContentType"]);
        Assert.Equal("no-cache", (string?)get["CacheControl"]);
        Assert.Equal("attachment", (string?)get["ContentDisposition"]);
        Assert.Equal("unit-test", (string?)get["Metadata"]!["origin"]);
        Assert.Equal("gold", (string?)get["Metadata"]!["tier"]);
        Assert.Equal(20, (int?)Observed.Ok(r["head"], "head")["ContentLength"]);
        Assert.Equal("binary/octet-stream", (string?)Observed.Ok(r["head_empty"], "empty object")["ContentType"]);

        var ranges = r["ranges"]!;
        Assert.Equal("01234", (string?)Observed.Ok(ranges["bytes=0-4"], "first five")["Body"]);
        Assert.Equal("bytes 0-4/20", (string?)ranges["bytes=0-4"]!["ok"]!["ContentRange"]);
        Assert.Equal("56789abcdefghij", (string?)Observed.Ok(ranges["bytes=5-"], "open end")["Body"]);
        Assert.Equal("hij", (string?)Observed.Ok(ranges["bytes=-3"], "suffix")["Body"]);
        Assert.Equal("fghij", (string?)Observed.Ok(ranges["bytes=15-100"], "past the end")["Body"]);
        Observed.Error(ranges["bytes=20-25"], "InvalidRange", 416, "starts at the end");
        Assert.Equal("0123456789abcdefghij", (string?)Observed.Ok(ranges["bytes=a-b"], "malformed range is ignored")["Body"]);
        Assert.Null(ranges["bytes=0-4"]!["ok"]!["ChecksumCRC32"]);

        Observed.Ok(r["if_match_ok"], "If-Match");
        Observed.Error(r["if_match_fails"], "PreconditionFailed", 412, "If-Match another ETag");
        Observed.Error(r["if_none_match"], "304", 304, "If-None-Match");
        Observed.Error(r["if_modified_since"], "304", 304, "If-Modified-Since");
        Observed.Error(r["if_unmodified_since"], "412", 412, "If-Unmodified-Since");
        Observed.Error(r["missing"], "NoSuchKey", 404, "missing key");
        Observed.Error(r["head_missing"], "404", 404, "head of a missing key");
        Observed.Error(r["long_key"], "KeyTooLongError", 400, "1025-byte key");
        Observed.Error(r["version"], "InvalidArgument", 400, "version id");
        Assert.Equal("replaced", (string?)Observed.Ok(r["after_overwrite"], "overwrite")["Body"]);

        Assert.Equal((string?)Observed.Ok(r["after_overwrite"], "overwrite")["ETag"], (string?)Observed.Ok(r["copy"], "copy")["CopyObjectResult"]!["ETag"]);
        Assert.Equal("replaced", (string?)Observed.Ok(r["copy_get"], "copy")["Body"]);
        var replaced = Observed.Ok(r["copy_replace_head"], "copy with REPLACE");
        Assert.Equal("application/json", (string?)replaced["ContentType"]);
        Assert.Equal("yes", (string?)replaced["Metadata"]!["new"]);
        Observed.Error(r["copy_self"], "InvalidRequest", 400, "copy onto itself");
        Observed.Error(r["copy_missing"], "NoSuchKey", 404, "copy of a missing key");
        Observed.Error(r["copy_if_match_fails"], "PreconditionFailed", 412, "copy-source-if-match");

        string[] all = ["a/1.csv", "a/2.csv", "a/b/3.csv", "a/b/_SUCCESS", "a/b/c/4.csv", "b/5.csv", "copies/file.txt", "data/file.txt", "raw", "sp ace/x+y=z&w.txt", "top.txt", "ünï/cödé.txt"];
        AssertListing(r["list_all"], all, [], truncated: false);
        AssertListing(r["list_root_delimited"], ["raw", "top.txt"], ["a/", "b/", "copies/", "data/", "sp ace/", "ünï/"], truncated: false);
        AssertListing(r["list_a_delimited"], ["a/1.csv", "a/2.csv"], ["a/b/"], truncated: false);
        AssertListing(r["list_a_recursive"], ["a/1.csv", "a/2.csv", "a/b/3.csv", "a/b/_SUCCESS", "a/b/c/4.csv"], [], truncated: false);
        AssertListing(r["list_start_after"], ["a/b/_SUCCESS", "a/b/c/4.csv"], [], truncated: false);
        var pages = r["list_pages"]!.AsArray();
        Assert.Equal(4, pages.Count);
        Assert.All(pages.Take(3), page => Assert.Equal(2, (int?)page!["count"]));
        Assert.Equal(["raw", "top.txt"], pages.SelectMany(page => Strings(page!["keys"])));
        Assert.Equal(["a/", "b/", "copies/", "data/", "sp ace/", "ünï/"], pages.SelectMany(page => Strings(page!["prefixes"])));
        AssertListing(r["list_max_zero"], [], [], truncated: false);
        Observed.Error(r["list_bad_token"], "InvalidArgument", 400, "forged continuation token");
        Assert.Equal(["a/1.csv", "a/2.csv"], Strings(r["list_v1_first"]!["keys"]));
        Assert.Equal("a/2.csv", (string?)r["list_v1_first"]!["next"]);
        Assert.Equal(["a/b/"], Strings(r["list_v1_second"]!["prefixes"]));
        Assert.Equal("ünï/cödé.txt", (string?)Observed.Ok(r["unicode_get"], "unicode key")["Body"]);
        Assert.Equal("sp ace/x+y=z&w.txt", (string?)Observed.Ok(r["space_get"], "key with reserved characters")["Body"]);

        Observed.Ok(r["delete"], "delete");
        Observed.Ok(r["delete_missing"], "deleting a missing key succeeds");
        Assert.Equal(["a/1.csv", "a/2.csv", "not/there"], Observed.Ok(r["delete_many"], "delete objects")["Deleted"]!.AsArray().Select(item => (string?)item!["Key"]));
        Assert.Null(Observed.Ok(r["delete_many_quiet"], "quiet delete")["Deleted"]);
        AssertListing(r["after_deletes"], ["a/b/3.csv", "a/b/_SUCCESS", "a/b/c/4.csv", "copies/file.txt", "data/file.txt", "raw", "sp ace/x+y=z&w.txt", "ünï/cödé.txt"], [], truncated: false);
    }

    [Fact]
    public async Task EveryPayloadModeIsVerifiedAndTamperingLeavesNoObject()
    {
        var account = await fixture.Server.CreateAccountAsync("Payloads");
        var r = await Boto3Script.RunAsync("s3_payloads.py", fixture.Url, [account with { Name = "A" }]);

        var expected = r["expected"]!;
        Assert.Equal((string?)expected["CRC32"], (string?)Observed.Ok(r["signed_default"], "signed payload, default CRC32")["ChecksumCRC32"]);
        foreach (var algorithm in new[] { "CRC32", "SHA1", "SHA256" })
        {
            Assert.Equal((string?)expected[algorithm], (string?)Observed.Ok(r[$"algorithm_{algorithm}"], algorithm)[$"Checksum{algorithm}"]);
        }

        Assert.Equal((string?)expected["CRC32C"], (string?)Observed.Ok(r["value_crc32c"], "CRC32C")["ChecksumCRC32C"]);
        Assert.Equal((string?)expected["CRC64NVME"], (string?)Observed.Ok(r["value_crc64nvme"], "CRC64NVME")["ChecksumCRC64NVME"]);
        Assert.Equal((string?)expected["CRC64NVME"], (string?)Observed.Ok(r["head_crc64nvme"], "HEAD with checksum mode")["ChecksumCRC64NVME"]);
        Assert.Equal((string?)expected["SHA256"], (string?)r["get_sha256_validated"]!["checksum"]);
        Assert.True((bool)r["get_sha256_validated"]!["body_ok"]!);

        Observed.Error(r["wrong_crc32c"], "BadDigest", 400, "wrong CRC32C");
        Observed.Error(r["wrong_md5"], "BadDigest", 400, "wrong Content-MD5");
        Observed.Ok(r["right_md5"], "right Content-MD5");
        Observed.Error(r["invalid_md5"], "InvalidDigest", 400, "Content-MD5 that is not base64");
        Observed.Error(r["two_checksums"], "InvalidRequest", 400, "two checksum headers");
        Observed.Error(r["tampered_signed"], "XAmzContentSHA256Mismatch", 400, "signed body changed in transit");

        Assert.Equal("UNSIGNED-PAYLOAD", (string?)r["unsigned_header_sent"]);
        Observed.Ok(r["unsigned_header"], "UNSIGNED-PAYLOAD");
        Observed.Error(r["unsigned_tampered"], "BadDigest", 400, "unsigned body changed in transit");
        Assert.Equal(200, (int?)r["presigned_put"]);
        Assert.True((bool)r["presigned_get"]!);

        Assert.Equal("STREAMING-UNSIGNED-PAYLOAD-TRAILER", (string?)r["trailer_headers"]!["x-amz-content-sha256"]);
        Assert.Equal("aws-chunked", (string?)r["trailer_headers"]!["content-encoding"]);
        Assert.Equal((string?)expected["SHA256"], (string?)Observed.Ok(r["trailer_put"], "unsigned chunks, trailing SHA256")["ChecksumSHA256"]);
        Assert.Equal((string?)expected["SHA256"], (string?)r["trailer_get"]);
        Observed.Error(r["trailer_tampered"], "BadDigest", 400, "chunked body changed in transit");

        Assert.Equal(200, (int?)r["signed_chunks"]!["status"]);
        Assert.True((bool)r["signed_chunks_body_ok"]!);
        Assert.Equal("SignatureDoesNotMatch", (string?)r["signed_chunks_tampered"]!["code"]);
        Assert.Equal("IncompleteBody", (string?)r["signed_chunks_truncated"]!["code"]);
        Assert.Equal(200, (int?)r["signed_trailer"]!["status"]);
        Assert.Equal((string?)r["signed_trailer_expected"], (string?)r["signed_trailer_checksum"]);
        Assert.Equal("BadDigest", (string?)r["signed_trailer_wrong_checksum"]!["code"]);
        Assert.Equal("SignatureDoesNotMatch", (string?)r["signed_trailer_forged_signature"]!["code"]);

        foreach (var refused in new[] { "wrong_crc32c_exists", "wrong_md5_exists", "tampered_signed_exists", "unsigned_tampered_exists", "trailer_tampered_exists", "signed_chunks_tampered_exists", "signed_chunks_truncated_exists", "signed_trailer_bad_exists" })
        {
            Assert.False((bool)r[refused]!, $"{refused}: a refused upload must leave no object");
        }

        Assert.Empty(Directory.EnumerateFiles(Path.Combine(fixture.Server.DataDirectory, "tmp"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task MultipartUploadsFollowS3Rules()
    {
        var account = await fixture.Server.CreateAccountAsync("Multipart");
        var r = await Boto3Script.RunAsync("s3_multipart.py", fixture.Url, [account with { Name = "A" }]);

        var listed = Observed.Ok(r["list_parts"], "list parts");
        Assert.True((bool)listed["IsTruncated"]!);
        Assert.Equal(2, (int?)listed["NextPartNumberMarker"]);
        Assert.Equal([1, 2], listed["Parts"]!.AsArray().Select(part => (int)part!["PartNumber"]!));
        Assert.Single(Observed.Ok(r["list_uploads"], "list uploads")["Uploads"]!.AsArray());
        Observed.Error(r["complete_wrong_order"], "InvalidPartOrder", 400, "parts out of order");
        Observed.Error(r["complete_wrong_etag"], "InvalidPart", 400, "wrong ETag");
        Observed.Error(r["complete_missing_part"], "InvalidPart", 400, "a part never uploaded");
        Observed.Error(r["complete_no_parts"], "InvalidRequest", 400, "no parts");
        Observed.Error(r["invisible_before_complete"], "404", 404, "object before completion");
        Assert.Equal((string?)r["expected_etag"], (string?)Observed.Ok(r["complete"], "complete")["ETag"]);
        Assert.Equal(10485764, (long?)r["get"]!["size"]);
        Assert.True((bool)r["get"]!["same"]!);
        Assert.Equal("application/x-test", (string?)r["get"]!["type"]);
        Assert.Equal("1", (string?)r["get"]!["meta"]!["m"]);
        Observed.Error(r["complete_again"], "NoSuchUpload", 404, "complete twice");
        Assert.Empty(r["uploads_after"]!.AsArray());

        Observed.Error(r["too_small"], "EntityTooSmall", 400, "a small part that is not the last");
        Observed.Ok(r["abort"], "abort");
        Observed.Error(r["abort_again"], "NoSuchUpload", 404, "abort twice");
        Observed.Error(r["upload_after_abort"], "NoSuchUpload", 404, "upload to an aborted upload");
        Observed.Error(r["bad_part_number"], "InvalidArgument", 400, "part 10001");
        Observed.Error(r["wrong_key_for_upload"], "NoSuchUpload", 404, "upload id under another key");

        Assert.True((bool)r["composite_parts_have_checksums"]!);
        var composite = Observed.Ok(r["composite"], "composite SHA256");
        Assert.Equal((string?)r["composite_expected"], (string?)composite["ChecksumSHA256"]);
        Assert.Equal("COMPOSITE", (string?)composite["ChecksumType"]);
        Assert.Equal((string?)r["full_expected"], (string?)Observed.Ok(r["full"], "full-object CRC32")["ChecksumCRC32"]);
        Assert.Equal((string?)r["full_expected"], (string?)Observed.Ok(r["full_head"], "full-object CRC32 on HEAD")["ChecksumCRC32"]);
        Observed.Error(r["sha_full_object"], "InvalidRequest", 400, "SHA256 cannot be FULL_OBJECT");
        Observed.Error(r["part_algorithm_mismatch"], "InvalidRequest", 400, "part checksum algorithm differs from the upload's");
        Observed.Error(r["copy_bad_range"], "InvalidArgument", 400, "copy range past the end");
        Assert.True((bool)r["copied_same"]!);
    }

    private static void AssertListing(JsonNode? listing, string[] keys, string[] prefixes, bool truncated)
    {
        Assert.Equal(keys, Strings(listing!["keys"]));
        Assert.Equal(prefixes, Strings(listing["prefixes"]));
        Assert.Equal(truncated, (bool)listing["truncated"]!);
        Assert.Equal(keys.Length + prefixes.Length, (int?)listing["count"]);
    }

    private static string[] Strings(JsonNode? array) => array!.AsArray().Select(item => item!.GetValue<string>()).ToArray();
}
