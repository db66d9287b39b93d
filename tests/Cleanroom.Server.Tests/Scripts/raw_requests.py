"""Signed requests a raw HTTP client could send (botocore's signer, no botocore serializer): unknown members,
malformed JSON, unknown paths and an unknown service scope."""
import json
import urllib.error
import urllib.request

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from cleanroom_test import ACCOUNTS, ENDPOINT, REGION, emit

account = ACCOUNTS["A"]
credentials = Credentials(account["accessKeyId"], account["secretAccessKey"])


def send(method, path, body=None, service="cleanrooms", headers=None, unsigned_headers=None):
    data = body.encode() if isinstance(body, str) else body
    request = AWSRequest(method=method, url=ENDPOINT + path, data=data, headers={"Content-Type": "application/json", **(headers or {})})
    SigV4Auth(credentials, service, REGION).add_auth(request)
    prepared = request.prepare()
    raw = urllib.request.Request(prepared.url, data=prepared.body, method=method, headers={**dict(prepared.headers), **(unsigned_headers or {})})
    try:
        with urllib.request.urlopen(raw) as response:
            text = response.read().decode()
            return {"status": response.status, "body": json.loads(text) if text else None, "requestId": response.headers.get("x-amzn-RequestId")}
    except urllib.error.HTTPError as error:
        text = error.read().decode()
        return {"status": error.code, "errorType": error.headers.get("x-amzn-ErrorType"), "body": text, "requestId": error.headers.get("x-amzn-RequestId")}


collaboration = {
    "name": "Raw", "description": "Raw client", "creatorDisplayName": "A", "creatorMemberAbilities": [],
    "queryLogStatus": "DISABLED", "members": [], "someFutureMember": {"nested": [1, 2, 3]},
}
emit({
    "unknown_members": send("POST", "/collaborations", json.dumps(collaboration)),
    "malformed_json": send("POST", "/collaborations", "{\"name\": "),
    "body_not_object": send("POST", "/collaborations", "[1, 2]"),
    "unknown_path": send("GET", "/no-such-resource"),
    "wrong_method": send("PUT", "/collaborations"),
    "unknown_service": send("GET", "/collaborations", service="dynamodb"),
    "unsigned_amz_header": send("POST", "/", "{}", service="glue", unsigned_headers={"X-Amz-Target": "AWSGlue.DeleteDatabase"}),
    "encoded_arn_label": send("GET", "/tags/" + urllib.request.quote(
        f"arn:aws:cleanrooms:{REGION}:{account['accountId']}:collaboration/00000000-0000-0000-0000-000000000000", safe="")),
})
