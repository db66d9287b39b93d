"""Shared helpers for the boto3 scripts the server tests run.

A script reads its context from stdin as JSON:
    {"endpoint": "...", "region": "us-east-1", "accounts": {"A": {"accountId", "accessKeyId", "secretAccessKey"}}, "args": {...}}
and prints exactly one JSON document on stdout with what it observed; the C# test asserts on it.
"""
import json
import sys
import uuid

import boto3
import botocore.exceptions
from botocore.config import Config

CONTEXT = json.load(sys.stdin)
ENDPOINT = CONTEXT["endpoint"]
REGION = CONTEXT["region"]
ACCOUNTS = CONTEXT["accounts"]
ARGS = CONTEXT.get("args", {})


# One session for all clients: service models load once; each client carries its own account's keys.
SESSION = boto3.session.Session(region_name=REGION)


def client(service, account=None, validate=True, access_key=None, secret_key=None, **config):
    """A client for one account, isolated from any local AWS configuration."""
    credentials = ACCOUNTS[account] if account else {}
    options = {"retries": {"max_attempts": 1, "mode": "standard"}, "parameter_validation": validate}
    if service == "s3":
        options["s3"] = {"addressing_style": "path"}
    options.update(config)
    return SESSION.client(
        service,
        endpoint_url=ENDPOINT,
        aws_access_key_id=access_key or credentials.get("accessKeyId") or "unsigned",
        aws_secret_access_key=secret_key or credentials.get("secretAccessKey") or "unsigned",
        config=Config(**options),
    )


def call(function, **kwargs):
    """Calls an operation; returns {"ok": response} or {"error": {...}} with the parsed AWS error."""
    try:
        response = function(**kwargs)
        response.pop("ResponseMetadata", None)
        return {"ok": response}
    except botocore.exceptions.ClientError as error:
        body = error.response.get("Error", {})
        detail = {key: value for key, value in error.response.items() if key not in ("Error", "ResponseMetadata")}
        return {
            "error": {
                "code": body.get("Code"),
                "message": body.get("Message"),
                "status": error.response.get("ResponseMetadata", {}).get("HTTPStatusCode"),
                **detail,
            }
        }


def error_code(result):
    return result.get("error", {}).get("code")


def random_id():
    return str(uuid.uuid4())


def emit(document):
    json.dump(document, sys.stdout, default=str)
    sys.stdout.write("\n")


def collaboration_request(name, members, creator_abilities=("CAN_RECEIVE_RESULTS",), query_log_status="DISABLED", **extra):
    request = {
        "name": name,
        "description": f"{name} description",
        "creatorDisplayName": "creator",
        "creatorMemberAbilities": list(creator_abilities),
        "queryLogStatus": query_log_status,
        "members": members,
    }
    request.update(extra)
    return request


def member(account, abilities, display_name=None, **extra):
    spec = {"accountId": ACCOUNTS[account]["accountId"], "memberAbilities": list(abilities), "displayName": display_name or account}
    spec.update(extra)
    return spec
