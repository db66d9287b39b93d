"""Payload modes and integrity checks as clients send them: signed body hash, UNSIGNED-PAYLOAD, aws-chunked with
unsigned chunks and a trailing checksum (what botocore sends over TLS), aws-chunked with signed chunks (and a signed
trailer), Content-MD5, and the x-amz-checksum-* algorithms. Tampering with any of them must leave no object."""
import base64
import datetime
import hashlib
import hmac
import http.client
import urllib.parse
import urllib.request

import botocore.auth
import botocore.httpchecksum

from cleanroom_test import ACCOUNTS, ENDPOINT, REGION, call, client, emit

s3 = client("s3", "A")
s3.create_bucket(Bucket="payloads")
out = {}


def crc_table(poly, width):
    table = []
    for i in range(256):
        crc = i
        for _ in range(8):
            crc = (crc >> 1) ^ (poly if crc & 1 else 0)
        table.append(crc)
    return table


def crc(body, poly, width):
    table, mask = crc_table(poly, width), (1 << width) - 1
    value = mask
    for byte in body:
        value = table[(value ^ byte) & 0xFF] ^ (value >> 8)
    return base64.b64encode((value ^ mask).to_bytes(width // 8, "big")).decode()


def crc32c(body):
    return crc(body, 0x82F63B78, 32)


def crc64nvme(body):
    return crc(body, 0x9A6C9329AC4BC9B5, 64)


def crc32(body):
    return crc(body, 0xEDB88320, 32)


def exists(key):
    return "ok" in call(s3.head_object, Bucket="payloads", Key=key)


def tamper_body(old, new):
    def hook(request, **_):
        body = request.body if isinstance(request.body, bytes) else request.body.read()
        request.body = body.replace(old, new)
    return hook


data = b"The quick brown fox jumps over the lazy dog" * 100

# Signed body hash (botocore over http) with its default CRC32, and each algorithm asked for explicitly.
out["signed_default"] = call(s3.put_object, Bucket="payloads", Key="signed", Body=data)
for algorithm in ["CRC32", "SHA1", "SHA256"]:
    out[f"algorithm_{algorithm}"] = call(s3.put_object, Bucket="payloads", Key=f"alg/{algorithm}", Body=data, ChecksumAlgorithm=algorithm)
out["value_crc32c"] = call(s3.put_object, Bucket="payloads", Key="alg/CRC32C", Body=data, ChecksumCRC32C=crc32c(data))
out["value_crc64nvme"] = call(s3.put_object, Bucket="payloads", Key="alg/CRC64NVME", Body=data, ChecksumCRC64NVME=crc64nvme(data))
out["expected"] = {"CRC32C": crc32c(data), "CRC64NVME": crc64nvme(data), "CRC32": crc32(data),
                   "SHA1": base64.b64encode(hashlib.sha1(data).digest()).decode(), "SHA256": base64.b64encode(hashlib.sha256(data).digest()).decode()}
out["head_crc64nvme"] = call(s3.head_object, Bucket="payloads", Key="alg/CRC64NVME", ChecksumMode="ENABLED")
got = s3.get_object(Bucket="payloads", Key="alg/SHA256", ChecksumMode="ENABLED")
out["get_sha256_validated"] = {"checksum": got.get("ChecksumSHA256"), "body_ok": got["Body"].read() == data}
out["wrong_crc32c"] = call(s3.put_object, Bucket="payloads", Key="bad/crc32c", Body=data, ChecksumCRC32C=crc32c(b"other"))
out["wrong_crc32c_exists"] = exists("bad/crc32c")
out["wrong_md5"] = call(s3.put_object, Bucket="payloads", Key="bad/md5", Body=data, ContentMD5=base64.b64encode(hashlib.md5(b"other").digest()).decode())
out["wrong_md5_exists"] = exists("bad/md5")
out["right_md5"] = call(s3.put_object, Bucket="payloads", Key="md5", Body=data, ContentMD5=base64.b64encode(hashlib.md5(data).digest()).decode())
out["invalid_md5"] = call(s3.put_object, Bucket="payloads", Key="bad/md5", Body=data, ContentMD5="not-base64")
out["two_checksums"] = call(s3.put_object, Bucket="payloads", Key="bad/two", Body=data, ChecksumCRC32C=crc32c(data), ChecksumCRC64NVME=crc64nvme(data))

tampered = client("s3", "A")
tampered.meta.events.register("before-send.s3.PutObject", tamper_body(b"quick", b"QUICK"))
out["tampered_signed"] = call(tampered.put_object, Bucket="payloads", Key="bad/tampered", Body=data)
out["tampered_signed_exists"] = exists("bad/tampered")

# UNSIGNED-PAYLOAD in the header (what SDKs send over TLS when payload signing is off): the body is then covered only
# by the checksum, so tampering is caught by the CRC32 botocore adds.
real_should_sign = botocore.auth.S3SigV4Auth._should_sha256_sign_payload
botocore.auth.S3SigV4Auth._should_sha256_sign_payload = lambda self, request: False
unsigned = client("s3", "A")
sent = {}
unsigned.meta.events.register("before-send.s3.PutObject", lambda request, **_: sent.update({"x-amz-content-sha256": request.headers["X-Amz-Content-SHA256"].decode()}))
out["unsigned_header"] = call(unsigned.put_object, Bucket="payloads", Key="unsigned/header", Body=data)
out["unsigned_header_sent"] = sent.get("x-amz-content-sha256")
unsigned_tampered = client("s3", "A")
unsigned_tampered.meta.events.register("before-send.s3.PutObject", tamper_body(b"quick", b"QUICK"))
out["unsigned_tampered"] = call(unsigned_tampered.put_object, Bucket="payloads", Key="unsigned/tampered", Body=data)
botocore.auth.S3SigV4Auth._should_sha256_sign_payload = real_should_sign
out["unsigned_tampered_exists"] = exists("unsigned/tampered")
presigned = client("s3", "A", signature_version="s3v4").generate_presigned_url("put_object", Params={"Bucket": "payloads", "Key": "unsigned/presigned"}, ExpiresIn=300)
with urllib.request.urlopen(urllib.request.Request(presigned, data=data, method="PUT")) as response:
    out["presigned_put"] = response.status
out["presigned_get"] = s3.get_object(Bucket="payloads", Key="unsigned/presigned")["Body"].read() == data

# aws-chunked with unsigned chunks and a trailing checksum: what botocore sends to an https endpoint (as behind a
# TLS-terminating proxy). The client is made to believe the endpoint is https; the request itself is unchanged.
real_urlparse = botocore.httpchecksum.urlparse
botocore.httpchecksum.urlparse = lambda url: real_urlparse(url)._replace(scheme="https")
trailer = client("s3", "A")
seen = {}
trailer.meta.events.register("before-send.s3.PutObject", lambda request, **_: seen.update({k.lower(): v for k, v in request.headers.items()}))
out["trailer_put"] = call(trailer.put_object, Bucket="payloads", Key="chunked/trailer", Body=data, ChecksumAlgorithm="SHA256")
out["trailer_headers"] = {name: seen[name].decode() if isinstance(seen.get(name), bytes) else seen.get(name) for name in ["x-amz-content-sha256", "content-encoding", "x-amz-trailer", "x-amz-decoded-content-length"]}
out["trailer_get"] = s3.get_object(Bucket="payloads", Key="chunked/trailer", ChecksumMode="ENABLED")["ChecksumSHA256"]
bad_trailer = client("s3", "A")


def corrupt_trailer(request, **_):
    body = request.body.read()
    request.body = body.replace(b"quick", b"QUICK", 1)


bad_trailer.meta.events.register("before-send.s3.PutObject", corrupt_trailer)
out["trailer_tampered"] = call(bad_trailer.put_object, Bucket="payloads", Key="chunked/tampered", Body=data)
botocore.httpchecksum.urlparse = real_urlparse
out["trailer_tampered_exists"] = exists("chunked/tampered")


# aws-chunked with signed chunks (STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER]), built by hand from the SigV4 spec.
def hmac_sha256(key, text):
    return hmac.new(key, text.encode(), hashlib.sha256).digest()


def signed_chunked_put(key, body, chunk_size, trailer_checksum=None, tamper=None):
    credentials = ACCOUNTS["A"]
    now = datetime.datetime.now(datetime.timezone.utc)
    amz_date, date = now.strftime("%Y%m%dT%H%M%SZ"), now.strftime("%Y%m%d")
    scope = f"{date}/{REGION}/s3/aws4_request"
    mode = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD" + ("-TRAILER" if trailer_checksum else "")
    host = urllib.parse.urlparse(ENDPOINT).netloc
    path = "/payloads/" + urllib.parse.quote(key)
    headers = {"content-encoding": "aws-chunked", "host": host, "x-amz-content-sha256": mode, "x-amz-date": amz_date,
               "x-amz-decoded-content-length": str(len(body))}
    if trailer_checksum:
        headers["x-amz-trailer"] = "x-amz-checksum-crc32"
    signed = sorted(headers)
    canonical = "\n".join(["PUT", path, "", *[f"{name}:{headers[name]}" for name in signed], "", ";".join(signed), mode])
    signing_key = hmac_sha256(hmac_sha256(hmac_sha256(hmac_sha256(("AWS4" + credentials["secretAccessKey"]).encode(), date), REGION), "s3"), "aws4_request")
    string_to_sign = f"AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{hashlib.sha256(canonical.encode()).hexdigest()}"
    previous = hmac.new(signing_key, string_to_sign.encode(), hashlib.sha256).hexdigest()
    authorization = f"AWS4-HMAC-SHA256 Credential={credentials['accessKeyId']}/{scope}, SignedHeaders={';'.join(signed)}, Signature={previous}"
    encoded = b""
    for chunk in [body[i:i + chunk_size] for i in range(0, len(body), chunk_size)] + [b""]:
        to_sign = f"AWS4-HMAC-SHA256-PAYLOAD\n{amz_date}\n{scope}\n{previous}\n{hashlib.sha256(b'').hexdigest()}\n{hashlib.sha256(chunk).hexdigest()}"
        previous = hmac.new(signing_key, to_sign.encode(), hashlib.sha256).hexdigest()
        encoded += f"{len(chunk):x};chunk-signature={previous}\r\n".encode() + chunk + (b"\r\n" if chunk else b"")
    if trailer_checksum:
        trailer_line = f"x-amz-checksum-crc32:{trailer_checksum}"
        to_sign = f"AWS4-HMAC-SHA256-TRAILER\n{amz_date}\n{scope}\n{previous}\n{hashlib.sha256((trailer_line + chr(10)).encode()).hexdigest()}"
        encoded += f"{trailer_line}\r\nx-amz-trailer-signature:{hmac.new(signing_key, to_sign.encode(), hashlib.sha256).hexdigest()}\r\n\r\n".encode()
    else:
        encoded += b"\r\n"
    if tamper:
        encoded = tamper(encoded)
    connection = http.client.HTTPConnection(host, timeout=30)
    connection.request("PUT", path, body=encoded, headers={**{k: v for k, v in headers.items() if k != "host"}, "Authorization": authorization, "Content-Length": str(len(encoded))})
    response = connection.getresponse()
    text = response.read().decode()
    connection.close()
    code = text.split("<Code>")[1].split("</Code>")[0] if "<Code>" in text else None
    return {"status": response.status, "code": code}


chunked_data = bytes(range(256)) * 1000
out["signed_chunks"] = signed_chunked_put("chunked/signed", chunked_data, 65536)
out["signed_chunks_body_ok"] = s3.get_object(Bucket="payloads", Key="chunked/signed")["Body"].read() == chunked_data
out["signed_chunks_tampered"] = signed_chunked_put("chunked/signed-bad", chunked_data, 65536, tamper=lambda body: body.replace(bytes(range(10, 20)), bytes(range(20, 30)), 1))
out["signed_chunks_tampered_exists"] = exists("chunked/signed-bad")
out["signed_chunks_truncated"] = signed_chunked_put("chunked/signed-short", chunked_data, 65536, tamper=lambda body: body[: len(body) // 2] + body[-100:])
out["signed_chunks_truncated_exists"] = exists("chunked/signed-short")
out["signed_trailer"] = signed_chunked_put("chunked/signed-trailer", chunked_data, 100000, trailer_checksum=crc32(chunked_data))
out["signed_trailer_checksum"] = s3.head_object(Bucket="payloads", Key="chunked/signed-trailer", ChecksumMode="ENABLED").get("ChecksumCRC32")
out["signed_trailer_expected"] = crc32(chunked_data)
out["signed_trailer_wrong_checksum"] = signed_chunked_put("chunked/trailer-bad", chunked_data, 100000, trailer_checksum=crc32(b"other"))
out["signed_trailer_forged_signature"] = signed_chunked_put("chunked/trailer-forged", chunked_data, 100000, trailer_checksum=crc32(chunked_data),
                                                            tamper=lambda body: body[:-8] + b"00000\r\n\r\n"[-8:])
out["signed_trailer_bad_exists"] = exists("chunked/trailer-bad") or exists("chunked/trailer-forged")
emit(out)
