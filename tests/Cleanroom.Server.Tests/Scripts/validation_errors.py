"""Sends each invalid request of Cases/validation-cases.json with client-side validation off (as a raw HTTP
client could) and reports the error. Values like "x{N}" expand to N copies of x."""
import json
import os
import re

from cleanroom_test import call, client, collaboration_request, emit, member

CASES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Cases", "validation-cases.json")
valid = client("cleanrooms", "A")
collaboration = valid.create_collaboration(**collaboration_request("Validation", [member("B", ["CAN_QUERY", "CAN_RECEIVE_RESULTS"])]))["collaboration"]
substitutions = {"{collaboration}": collaboration["id"], "{collaborationArn}": collaboration["arn"]}


def expand(value):
    if isinstance(value, str):
        if value in substitutions:
            return substitutions[value]
        match = re.fullmatch(r"(.)\{(\d+)\}", value)
        return match.group(1) * int(match.group(2)) if match else value
    if isinstance(value, list):
        return [expand(item) for item in value]
    if isinstance(value, dict):
        return {expand(key): expand(item) for key, item in value.items()}
    return value


unchecked_clients = {}
results = []
with open(CASES, encoding="utf-8") as stream:
    cases = json.load(stream)
for case in cases:
    if case["account"] not in unchecked_clients:
        unchecked_clients[case["account"]] = client("cleanrooms", case["account"], validate=False)
    unchecked = unchecked_clients[case["account"]]
    if "collaboration" in case:
        params = collaboration_request("Valid name", [])
        for key, value in expand(case["collaboration"]).items():
            if value is None:
                params.pop(key, None)
            else:
                params[key] = value
    else:
        params = expand(case["params"])
    results.append({"name": case["name"], "field": case["field"], "result": call(getattr(unchecked, case["operation"]), **params)})
emit(results)
