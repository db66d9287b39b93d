"""The object-size limit and the per-account storage quota (the test server runs with 1 MiB and 3 MiB)."""
from cleanroom_test import call, client, emit

KB = 1024
s3 = client("s3", "A")
s3.create_bucket(Bucket="limits")
out = {
    "too_large": call(s3.put_object, Bucket="limits", Key="big", Body=b"x" * (1024 * KB + 1)),
    "at_limit": call(s3.put_object, Bucket="limits", Key="one", Body=b"x" * (1024 * KB)),
    "second": call(s3.put_object, Bucket="limits", Key="two", Body=b"x" * (1024 * KB)),
    "overwrite_within_quota": call(s3.put_object, Bucket="limits", Key="two", Body=b"y" * (1024 * KB)),
    "third": call(s3.put_object, Bucket="limits", Key="three", Body=b"x" * (900 * KB)),
    "over_quota": call(s3.put_object, Bucket="limits", Key="four", Body=b"x" * (200 * KB)),
}
out["over_quota_exists"] = "ok" in call(s3.head_object, Bucket="limits", Key="four")
s3.delete_object(Bucket="limits", Key="three")
upload = s3.create_multipart_upload(Bucket="limits", Key="multi")["UploadId"]
out["part_within_quota"] = call(s3.upload_part, Bucket="limits", Key="multi", UploadId=upload, PartNumber=1, Body=b"p" * (600 * KB))
out["part_over_quota"] = call(s3.upload_part, Bucket="limits", Key="multi", UploadId=upload, PartNumber=2, Body=b"p" * (600 * KB))
s3.abort_multipart_upload(Bucket="limits", Key="multi", UploadId=upload)
out["after_abort"] = call(s3.put_object, Bucket="limits", Key="four", Body=b"x" * (900 * KB))
emit(out)
