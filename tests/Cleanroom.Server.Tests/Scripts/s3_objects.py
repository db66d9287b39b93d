"""Objects through boto3: put/get/head with metadata, ranges, conditions, copies, deletes and listings."""
import datetime

from cleanroom_test import call, client, emit

s3 = client("s3", "A")
s3.create_bucket(Bucket="objects")
out = {}


def get(**params):
    result = call(s3.get_object, Bucket="objects", **params)
    if "ok" in result:
        result["ok"]["Body"] = result["ok"]["Body"].read().decode()
    return result


body = b"0123456789abcdefghij"
out["put"] = call(s3.put_object, Bucket="objects", Key="data/file.txt", Body=body, ContentType="text/plain",
                  Metadata={"origin": "unit-test", "tier": "gold"}, CacheControl="no-cache", ContentDisposition="attachment")
out["get"] = get(Key="data/file.txt")
out["head"] = call(s3.head_object, Bucket="objects", Key="data/file.txt")
out["default_content_type"] = call(s3.put_object, Bucket="objects", Key="raw", Body=b"")
out["head_empty"] = call(s3.head_object, Bucket="objects", Key="raw")
out["ranges"] = {spec: get(Key="data/file.txt", Range=spec) for spec in ["bytes=0-4", "bytes=5-", "bytes=-3", "bytes=15-100", "bytes=20-25", "bytes=a-b"]}
etag = out["head"]["ok"]["ETag"]
modified = out["head"]["ok"]["LastModified"]
out["if_match_ok"] = get(Key="data/file.txt", IfMatch=etag)
out["if_match_fails"] = get(Key="data/file.txt", IfMatch='"0000"')
out["if_none_match"] = call(s3.get_object, Bucket="objects", Key="data/file.txt", IfNoneMatch=etag)
out["if_modified_since"] = call(s3.head_object, Bucket="objects", Key="data/file.txt", IfModifiedSince=modified + datetime.timedelta(seconds=5))
out["if_unmodified_since"] = call(s3.head_object, Bucket="objects", Key="data/file.txt", IfUnmodifiedSince=modified - datetime.timedelta(days=1))
out["missing"] = call(s3.get_object, Bucket="objects", Key="data/none.txt")
out["head_missing"] = call(s3.head_object, Bucket="objects", Key="data/none.txt")
out["long_key"] = call(s3.put_object, Bucket="objects", Key="k" * 1025, Body=b"x")
out["version"] = call(s3.get_object, Bucket="objects", Key="data/file.txt", VersionId="v1")

# Overwrite: readers see the new object, whole.
s3.put_object(Bucket="objects", Key="data/file.txt", Body=b"replaced")
out["after_overwrite"] = get(Key="data/file.txt")

# Copies.
out["copy"] = call(s3.copy_object, Bucket="objects", Key="copies/file.txt", CopySource={"Bucket": "objects", "Key": "data/file.txt"})
out["copy_get"] = get(Key="copies/file.txt")
out["copy_replace"] = call(s3.copy_object, Bucket="objects", Key="copies/file.txt", CopySource="objects/copies/file.txt",
                           MetadataDirective="REPLACE", ContentType="application/json", Metadata={"new": "yes"})
out["copy_replace_head"] = call(s3.head_object, Bucket="objects", Key="copies/file.txt")
out["copy_self"] = call(s3.copy_object, Bucket="objects", Key="copies/file.txt", CopySource="objects/copies/file.txt")
out["copy_missing"] = call(s3.copy_object, Bucket="objects", Key="copies/x", CopySource="objects/no/such")
out["copy_if_match_fails"] = call(s3.copy_object, Bucket="objects", Key="copies/y", CopySource="objects/data/file.txt", CopySourceIfMatch='"0000"')

# Listing: prefixes, delimiters, pages, start-after, keys that need URL encoding.
keys = ["a/1.csv", "a/2.csv", "a/b/3.csv", "a/b/c/4.csv", "b/5.csv", "top.txt", "sp ace/x+y=z&w.txt", "ünï/cödé.txt", "a/b/_SUCCESS"]
for key in keys:
    s3.put_object(Bucket="objects", Key=key, Body=key.encode())


def listing(**params):
    result = s3.list_objects_v2(Bucket="objects", **params)
    return {
        "keys": [item["Key"] for item in result.get("Contents", [])],
        "prefixes": [item["Prefix"] for item in result.get("CommonPrefixes", [])],
        "truncated": result["IsTruncated"],
        "count": result["KeyCount"],
        "token": result.get("NextContinuationToken"),
    }


out["list_all"] = listing()
out["list_root_delimited"] = listing(Delimiter="/")
out["list_a_delimited"] = listing(Prefix="a/", Delimiter="/")
out["list_a_recursive"] = listing(Prefix="a/")
out["list_start_after"] = listing(Prefix="a/", StartAfter="a/b/3.csv")
pages, token = [], None
while True:
    page = listing(Delimiter="/", MaxKeys=2, **({"ContinuationToken": token} if token else {}))
    pages.append(page)
    token = page["token"]
    if not page["truncated"]:
        break
out["list_pages"] = pages
out["list_max_zero"] = listing(MaxKeys=0)
out["list_bad_token"] = call(s3.list_objects_v2, Bucket="objects", ContinuationToken="!!!")
v1 = s3.list_objects(Bucket="objects", Prefix="a/", Delimiter="/", MaxKeys=2)
out["list_v1_first"] = {"keys": [item["Key"] for item in v1.get("Contents", [])], "prefixes": [p["Prefix"] for p in v1.get("CommonPrefixes", [])], "next": v1.get("NextMarker"), "truncated": v1["IsTruncated"]}
v1 = s3.list_objects(Bucket="objects", Prefix="a/", Delimiter="/", Marker=v1.get("NextMarker"))
out["list_v1_second"] = {"keys": [item["Key"] for item in v1.get("Contents", [])], "prefixes": [p["Prefix"] for p in v1.get("CommonPrefixes", [])], "truncated": v1["IsTruncated"]}
out["unicode_get"] = get(Key="ünï/cödé.txt")
out["space_get"] = get(Key="sp ace/x+y=z&w.txt")

# Deletes.
out["delete"] = call(s3.delete_object, Bucket="objects", Key="top.txt")
out["delete_missing"] = call(s3.delete_object, Bucket="objects", Key="never/existed")
out["delete_many"] = call(s3.delete_objects, Bucket="objects", Delete={"Objects": [{"Key": "a/1.csv"}, {"Key": "a/2.csv"}, {"Key": "not/there"}]})
out["delete_many_quiet"] = call(s3.delete_objects, Bucket="objects", Delete={"Objects": [{"Key": "b/5.csv"}], "Quiet": True})
out["after_deletes"] = listing()
emit(out)
