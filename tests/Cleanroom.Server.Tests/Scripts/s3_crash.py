"""Crash-safety phases. setup: a committed object and an upload with one committed part. stream: a PutObject and an
UploadPart whose bodies are half sent, held open until the server dies. verify: what is visible after the restart."""
import hashlib
import http.client
import os
import sys
import urllib.parse

from botocore.auth import S3SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from cleanroom_test import ACCOUNTS, ARGS, ENDPOINT, REGION, call, client, emit

MB = 1024 * 1024
s3 = client("s3", "A")
phase = ARGS["phase"]

if phase == "setup":
    s3.create_bucket(Bucket="crash")
    s3.put_object(Bucket="crash", Key="kept.txt", Body=b"committed before the crash")
    upload = s3.create_multipart_upload(Bucket="crash", Key="multi.bin")["UploadId"]
    etag = s3.upload_part(Bucket="crash", Key="multi.bin", UploadId=upload, PartNumber=1, Body=b"1" * (5 * MB))["ETag"]
    emit({"upload": upload, "etag": etag})

elif phase == "stream":
    credentials = ACCOUNTS["A"]
    host = urllib.parse.urlparse(ENDPOINT).netloc
    connections = []
    for path in ["/crash/partial.bin", f"/crash/multi.bin?partNumber=2&uploadId={ARGS['upload']}"]:
        body = os.urandom(8 * MB)
        request = AWSRequest(method="PUT", url=ENDPOINT + path, data=body,
                             headers={"Content-Length": str(len(body)), "X-Amz-Content-SHA256": hashlib.sha256(body).hexdigest()})
        S3SigV4Auth(Credentials(credentials["accessKeyId"], credentials["secretAccessKey"]), "s3", REGION).add_auth(request)
        connection = http.client.HTTPConnection(host, timeout=120)
        connection.putrequest("PUT", path, skip_host=True, skip_accept_encoding=True)
        for name, value in request.headers.items():
            connection.putheader(name, value)
        connection.putheader("Host", host)
        connection.endheaders()
        connection.send(body[: 3 * MB])
        connections.append(connection)
    outcomes = []
    for connection in connections:
        try:
            # Blocks until the server goes away: the upload never completes.
            outcomes.append("closed" if connection.sock.recv(1) == b"" else "answered")
        except OSError:
            outcomes.append("reset")
    emit({"outcomes": outcomes})

elif phase == "verify":
    result = {
        "partial": call(s3.head_object, Bucket="crash", Key="partial.bin"),
        "keys": [item["Key"] for item in s3.list_objects_v2(Bucket="crash").get("Contents", [])],
        "kept": s3.get_object(Bucket="crash", Key="kept.txt")["Body"].read().decode(),
        "parts": [part["PartNumber"] for part in s3.list_parts(Bucket="crash", Key="multi.bin", UploadId=ARGS["upload"]).get("Parts", [])],
        "multi_before_complete": call(s3.head_object, Bucket="crash", Key="multi.bin"),
    }
    s3.complete_multipart_upload(Bucket="crash", Key="multi.bin", UploadId=ARGS["upload"], MultipartUpload={"Parts": [{"PartNumber": 1, "ETag": ARGS["etag"]}]})
    result["multi"] = s3.get_object(Bucket="crash", Key="multi.bin")["Body"].read() == b"1" * (5 * MB)
    result["put_after_restart"] = call(s3.put_object, Bucket="crash", Key="partial.bin", Body=b"complete this time")
    emit(result)

else:
    sys.exit(f"unknown phase {phase}")
