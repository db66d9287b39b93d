"""Multipart uploads through boto3: parts, listing, completion rules, ETags, composite and full-object checksums, copies and aborts."""
import base64
import hashlib
import zlib

from cleanroom_test import call, client, emit

s3 = client("s3", "A")
s3.create_bucket(Bucket="multipart")
out = {}
MB = 1024 * 1024
part1 = bytes([1]) * (5 * MB)
part2 = bytes([2]) * (5 * MB)
part3 = b"tail"


def upload_parts(key, parts, **create):
    upload = s3.create_multipart_upload(Bucket="multipart", Key=key, **create)["UploadId"]
    uploaded = []
    for number, data in enumerate(parts, start=1):
        extra = {"ChecksumAlgorithm": create["ChecksumAlgorithm"]} if "ChecksumAlgorithm" in create else {}
        response = s3.upload_part(Bucket="multipart", Key=key, UploadId=upload, PartNumber=number, Body=data, **extra)
        entry = {"PartNumber": number, "ETag": response["ETag"]}
        entry.update({name: value for name, value in response.items() if name.startswith("Checksum")})
        uploaded.append(entry)
    return upload, uploaded


upload, parts = upload_parts("object.bin", [part1, part2, part3], ContentType="application/x-test", Metadata={"m": "1"})
out["list_parts"] = call(s3.list_parts, Bucket="multipart", Key="object.bin", UploadId=upload, MaxParts=2)
out["list_uploads"] = call(s3.list_multipart_uploads, Bucket="multipart")
out["complete_wrong_order"] = call(s3.complete_multipart_upload, Bucket="multipart", Key="object.bin", UploadId=upload, MultipartUpload={"Parts": [parts[1], parts[0]]})
out["complete_wrong_etag"] = call(s3.complete_multipart_upload, Bucket="multipart", Key="object.bin", UploadId=upload,
                                  MultipartUpload={"Parts": [parts[0], {"PartNumber": 2, "ETag": '"00000000000000000000000000000000"'}]})
out["complete_missing_part"] = call(s3.complete_multipart_upload, Bucket="multipart", Key="object.bin", UploadId=upload, MultipartUpload={"Parts": [parts[0], {"PartNumber": 9, "ETag": parts[0]["ETag"]}]})
out["complete_no_parts"] = call(s3.complete_multipart_upload, Bucket="multipart", Key="object.bin", UploadId=upload, MultipartUpload={"Parts": []})
out["invisible_before_complete"] = call(s3.head_object, Bucket="multipart", Key="object.bin")
out["complete"] = call(s3.complete_multipart_upload, Bucket="multipart", Key="object.bin", UploadId=upload, MultipartUpload={"Parts": parts})
digests = b"".join(hashlib.md5(p).digest() for p in [part1, part2, part3])
out["expected_etag"] = f'"{hashlib.md5(digests).hexdigest()}-3"'
whole = s3.get_object(Bucket="multipart", Key="object.bin")
out["get"] = {"size": whole["ContentLength"], "same": whole["Body"].read() == part1 + part2 + part3, "type": whole["ContentType"], "meta": whole["Metadata"], "etag": whole["ETag"]}
out["complete_again"] = call(s3.complete_multipart_upload, Bucket="multipart", Key="object.bin", UploadId=upload, MultipartUpload={"Parts": parts})
out["uploads_after"] = s3.list_multipart_uploads(Bucket="multipart").get("Uploads", [])

# A small part that is not the last one.
upload, parts = upload_parts("small.bin", [b"a" * 100, b"b" * 100])
out["too_small"] = call(s3.complete_multipart_upload, Bucket="multipart", Key="small.bin", UploadId=upload, MultipartUpload={"Parts": parts})
out["abort"] = call(s3.abort_multipart_upload, Bucket="multipart", Key="small.bin", UploadId=upload)
out["abort_again"] = call(s3.abort_multipart_upload, Bucket="multipart", Key="small.bin", UploadId=upload)
out["upload_after_abort"] = call(s3.upload_part, Bucket="multipart", Key="small.bin", UploadId=upload, PartNumber=1, Body=b"x")
out["bad_part_number"] = call(s3.upload_part, Bucket="multipart", Key="object.bin", UploadId="whatever", PartNumber=10001, Body=b"x")
out["wrong_key_for_upload"] = call(s3.list_parts, Bucket="multipart", Key="other.bin", UploadId=upload)

# Composite SHA256 checksum (the checksum of the part checksums, "-N") and full-object CRC32.
upload, parts = upload_parts("composite.bin", [part1, part3], ChecksumAlgorithm="SHA256")
out["composite_parts_have_checksums"] = all("ChecksumSHA256" in part for part in parts)
out["composite"] = call(s3.complete_multipart_upload, Bucket="multipart", Key="composite.bin", UploadId=upload, MultipartUpload={"Parts": parts})
out["composite_expected"] = base64.b64encode(hashlib.sha256(hashlib.sha256(part1).digest() + hashlib.sha256(part3).digest()).digest()).decode() + "-2"
upload, parts = upload_parts("full.bin", [part1, part3], ChecksumAlgorithm="CRC32", ChecksumType="FULL_OBJECT")
out["full"] = call(s3.complete_multipart_upload, Bucket="multipart", Key="full.bin", UploadId=upload, MultipartUpload={"Parts": parts})
out["full_expected"] = base64.b64encode(zlib.crc32(part1 + part3).to_bytes(4, "big")).decode()
out["full_head"] = call(s3.head_object, Bucket="multipart", Key="full.bin", ChecksumMode="ENABLED")
out["sha_full_object"] = call(s3.create_multipart_upload, Bucket="multipart", Key="bad.bin", ChecksumAlgorithm="SHA256", ChecksumType="FULL_OBJECT")
upload, _ = upload_parts("mismatch.bin", [], ChecksumAlgorithm="SHA256")
out["part_algorithm_mismatch"] = call(s3.upload_part, Bucket="multipart", Key="mismatch.bin", UploadId=upload, PartNumber=1, Body=b"x", ChecksumAlgorithm="SHA1")

# UploadPartCopy with ranges from an existing object.
upload = s3.create_multipart_upload(Bucket="multipart", Key="copied.bin")["UploadId"]
first = s3.upload_part_copy(Bucket="multipart", Key="copied.bin", UploadId=upload, PartNumber=1, CopySource="multipart/object.bin", CopySourceRange=f"bytes=0-{5 * MB - 1}")
second = s3.upload_part_copy(Bucket="multipart", Key="copied.bin", UploadId=upload, PartNumber=2, CopySource="multipart/object.bin", CopySourceRange=f"bytes={10 * MB}-{10 * MB + 3}")
out["copy_bad_range"] = call(s3.upload_part_copy, Bucket="multipart", Key="copied.bin", UploadId=upload, PartNumber=3, CopySource="multipart/object.bin", CopySourceRange="bytes=0-999999999")
s3.complete_multipart_upload(Bucket="multipart", Key="copied.bin", UploadId=upload, MultipartUpload={"Parts": [
    {"PartNumber": 1, "ETag": first["CopyPartResult"]["ETag"]}, {"PartNumber": 2, "ETag": second["CopyPartResult"]["ETag"]}]})
out["copied_same"] = s3.get_object(Bucket="multipart", Key="copied.bin")["Body"].read() == part1 + part3
emit(out)
