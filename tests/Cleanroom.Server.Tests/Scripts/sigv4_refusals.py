"""SigV4 refusals for a JSON service (Clean Rooms, REST-JSON; Glue, JSON-RPC) and for S3, as boto3 reports them."""
import datetime
import re
import urllib.error
import urllib.request

import botocore.auth
from botocore import UNSIGNED

from cleanroom_test import ACCOUNTS, call, client, collaboration_request, emit

out = {}
real_now = botocore.auth.get_current_datetime


def tamper(old, new):
    """A before-send hook that changes the body after signing (same length, so only the signature can tell)."""
    def hook(request, **_):
        body = request.body if isinstance(request.body, bytes) else request.body.read()
        request.body = body.replace(old, new)
    return hook


def skewed(minutes):
    botocore.auth.get_current_datetime = lambda: real_now() + datetime.timedelta(minutes=minutes)


def unskewed():
    botocore.auth.get_current_datetime = real_now


for service in ("cleanrooms", "s3", "glue"):
    def operation(c):
        if service == "cleanrooms":
            return c.list_collaborations
        if service == "s3":
            return c.list_buckets
        return c.get_databases

    signed = client(service, "A")
    out[f"{service}_valid"] = call(operation(signed))
    out[f"{service}_unknown_key"] = call(operation(client(service, access_key="AKIAUNKNOWNKEY000000", secret_key="x" * 40)))
    out[f"{service}_wrong_secret"] = call(operation(client(service, access_key=ACCOUNTS["A"]["accessKeyId"], secret_key="y" * 40)))
    out[f"{service}_missing_auth"] = call(operation(client(service, "A", signature_version=UNSIGNED)))
    skewed(-20)
    out[f"{service}_skew_past"] = call(operation(signed))
    skewed(20)
    out[f"{service}_skew_future"] = call(operation(signed))
    unskewed()
    skewed(-10)
    out[f"{service}_skew_within_limit"] = call(operation(signed))
    unskewed()

# A body changed after signing.
cleanrooms = client("cleanrooms", "A")
cleanrooms.meta.events.register("before-send.cleanrooms.CreateCollaboration", tamper(b"Original", b"Tampered"))
out["cleanrooms_tampered_body"] = call(cleanrooms.create_collaboration, **collaboration_request("Original", []))
out["cleanrooms_after_tamper"] = call(client("cleanrooms", "A").list_collaborations)

s3 = client("s3", "A")
s3.create_bucket(Bucket="results")
out["s3_list_with_query"] = call(s3.list_objects_v2, Bucket="results", Prefix="dir/a b+c=d&e", MaxKeys=5, StartAfter="dir/ü")
out["s3_put_valid"] = call(s3.put_object, Bucket="results", Key="dir/a b.txt", Body=b"hello world")
s3.meta.events.register("before-send.s3.PutObject", tamper(b"hello", b"jello"))
out["s3_tampered_body"] = call(s3.put_object, Bucket="results", Key="dir/a b.txt", Body=b"hello world")

glue = client("glue", "A")
glue.meta.events.register("before-send.glue.GetDatabases", tamper(b"{", b" "))
out["glue_tampered_body"] = call(glue.get_databases, CatalogId="123456789012")


def fetch(url):
    """A presigned URL fetched by a plain HTTP client; returns the S3 error code (or the status when none)."""
    try:
        with urllib.request.urlopen(url) as response:
            return {"status": response.status}
    except urllib.error.HTTPError as error:
        match = re.search(r"<Code>([^<]+)</Code>", error.read().decode())
        return {"status": error.code, "code": match.group(1) if match else None}


presigner = client("s3", "A", signature_version="s3v4")
url = presigner.generate_presigned_url("get_object", Params={"Bucket": "results", "Key": "dir/a b.txt"}, ExpiresIn=300)
out["s3_presigned"] = fetch(url)
out["s3_presigned_tampered"] = fetch(re.sub(r"X-Amz-Signature=[0-9a-f]{4}", "X-Amz-Signature=0000", url))
out["s3_presigned_other_key"] = fetch(url.replace("a%20b.txt", "c.txt"))
skewed(-120)
expired = presigner.generate_presigned_url("get_object", Params={"Bucket": "results", "Key": "k"}, ExpiresIn=60)
unskewed()
out["s3_presigned_expired"] = fetch(expired)
out["logs_unknown_target"] = call(client("logs", "A").describe_destinations)
emit(out)
