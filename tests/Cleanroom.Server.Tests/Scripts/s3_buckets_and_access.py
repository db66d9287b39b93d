"""Buckets (names, ownership, emptiness) and deny-by-default: another account is refused on every call."""
import io

from cleanroom_test import ACCOUNTS, call, client, emit

a = client("s3", "A")
b = client("s3", "B")
out = {}

out["create"] = call(a.create_bucket, Bucket="owned-by-a")
out["create_again"] = call(a.create_bucket, Bucket="owned-by-a")
out["create_by_other"] = call(b.create_bucket, Bucket="owned-by-a")
out["invalid_names"] = {name: call(a.create_bucket, Bucket=name) for name in ["ab", "x" * 64, "Upper-Case", "under_score", "a..b", "192.168.5.4", "-start", "xn--bucket", "bucket-s3alias"]}
out["valid_names"] = {name: call(a.create_bucket, Bucket=name) for name in ["abc", "a.b-c.1", "9" * 63]}
out["region_mismatch"] = call(a.create_bucket, Bucket="elsewhere", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
out["head_bucket"] = call(a.head_bucket, Bucket="owned-by-a")
out["location"] = call(a.get_bucket_location, Bucket="owned-by-a")
out["head_missing"] = call(a.head_bucket, Bucket="no-such-bucket-here")
out["list_missing"] = call(a.list_objects_v2, Bucket="no-such-bucket-here")
out["a_buckets"] = sorted(bucket["Name"] for bucket in a.list_buckets()["Buckets"])
out["b_buckets"] = sorted(bucket["Name"] for bucket in b.list_buckets()["Buckets"])
out["a_buckets_prefixed"] = call(a.list_buckets, Prefix="owned", MaxBuckets=1)
out["unsupported_subresource"] = call(a.get_bucket_acl, Bucket="owned-by-a")

a.put_object(Bucket="owned-by-a", Key="secret/data.csv", Body=b"id,value\n1,42\n", Metadata={"owner": "a"})
upload = a.create_multipart_upload(Bucket="owned-by-a", Key="big.bin")["UploadId"]
b.create_bucket(Bucket="owned-by-b")

# Every operation B might try against A's bucket, its objects and its upload.
refused = {
    "list_objects_v2": lambda: b.list_objects_v2(Bucket="owned-by-a"),
    "list_objects": lambda: b.list_objects(Bucket="owned-by-a"),
    "head_bucket": lambda: b.head_bucket(Bucket="owned-by-a"),
    "get_bucket_location": lambda: b.get_bucket_location(Bucket="owned-by-a"),
    "delete_bucket": lambda: b.delete_bucket(Bucket="owned-by-a"),
    "get_object": lambda: b.get_object(Bucket="owned-by-a", Key="secret/data.csv"),
    "get_missing_object": lambda: b.get_object(Bucket="owned-by-a", Key="no/such/key"),
    "head_object": lambda: b.head_object(Bucket="owned-by-a", Key="secret/data.csv"),
    "put_object": lambda: b.put_object(Bucket="owned-by-a", Key="planted.csv", Body=b"x"),
    "delete_object": lambda: b.delete_object(Bucket="owned-by-a", Key="secret/data.csv"),
    "delete_objects": lambda: b.delete_objects(Bucket="owned-by-a", Delete={"Objects": [{"Key": "secret/data.csv"}]}),
    "copy_out": lambda: b.copy_object(Bucket="owned-by-b", Key="stolen.csv", CopySource={"Bucket": "owned-by-a", "Key": "secret/data.csv"}),
    "copy_in": lambda: b.copy_object(Bucket="owned-by-a", Key="planted.csv", CopySource={"Bucket": "owned-by-b", "Key": "x"}),
    "create_multipart_upload": lambda: b.create_multipart_upload(Bucket="owned-by-a", Key="planted.bin"),
    "upload_part": lambda: b.upload_part(Bucket="owned-by-a", Key="big.bin", UploadId=upload, PartNumber=1, Body=b"x"),
    "upload_part_copy": lambda: b.upload_part_copy(Bucket="owned-by-a", Key="big.bin", UploadId=upload, PartNumber=1, CopySource={"Bucket": "owned-by-a", "Key": "secret/data.csv"}),
    "list_parts": lambda: b.list_parts(Bucket="owned-by-a", Key="big.bin", UploadId=upload),
    "complete_multipart_upload": lambda: b.complete_multipart_upload(Bucket="owned-by-a", Key="big.bin", UploadId=upload, MultipartUpload={"Parts": [{"PartNumber": 1, "ETag": "x"}]}),
    "abort_multipart_upload": lambda: b.abort_multipart_upload(Bucket="owned-by-a", Key="big.bin", UploadId=upload),
    "list_multipart_uploads": lambda: b.list_multipart_uploads(Bucket="owned-by-a"),
}
out["refused"] = {name: call(operation) for name, operation in refused.items()}

# A's data is untouched by all of that.
out["a_after"] = call(a.get_object, Bucket="owned-by-a", Key="secret/data.csv")
if "ok" in out["a_after"]:
    out["a_after"]["ok"]["Body"] = out["a_after"]["ok"]["Body"].read().decode()
out["a_keys_after"] = [item["Key"] for item in a.list_objects_v2(Bucket="owned-by-a").get("Contents", [])]
out["a_uploads_after"] = [item["UploadId"] for item in a.list_multipart_uploads(Bucket="owned-by-a").get("Uploads", [])] == [upload]

out["delete_not_empty"] = call(a.delete_bucket, Bucket="owned-by-a")
a.abort_multipart_upload(Bucket="owned-by-a", Key="big.bin", UploadId=upload)
a.delete_object(Bucket="owned-by-a", Key="secret/data.csv")
out["delete_empty"] = call(a.delete_bucket, Bucket="owned-by-a")
out["head_deleted"] = call(a.head_bucket, Bucket="owned-by-a")
out["recreate_by_other"] = call(b.create_bucket, Bucket="owned-by-a")
emit(out)
