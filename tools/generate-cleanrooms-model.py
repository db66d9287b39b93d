#!/usr/bin/env python3
"""Emit the compact wire models the server embeds for routing and request validation.

Reads the botocore service models installed with the `aws` CLI / boto3 and keeps only what the server
needs: every operation's HTTP binding, input shape and declared errors, and the input shapes with their
constraints (required members, lengths, ranges, patterns, enums, unions, list/map bounds). Clean Rooms is
emitted whole; Glue only for the catalog operations Cleanroom serves (awsJson1.1: every operation is
POST /). The outputs are committed, so building the server never needs Python; re-run this after
upgrading botocore:

    python3 tools/generate-cleanrooms-model.py
"""
import gzip
import json
import os
import sys

import botocore

SERVICE = ("cleanrooms", "2022-02-17")
GLUE = ("glue", "2017-03-31")
GLUE_OPERATIONS = ("CreateDatabase", "GetDatabase", "GetDatabases", "DeleteDatabase",
                   "CreateTable", "GetTable", "GetTables", "UpdateTable", "DeleteTable")
# Where the model contradicts itself, the server follows the service. CleanroomsArn (the resourceArn of the tag
# operations) is capped at 100 characters, yet the taggable resources inside a membership have longer ARNs
# (membership/<id>/configuredtableassociation/<id> is about 150): without this they could never be tagged.
SHAPE_OVERRIDES = {"CleanroomsArn": {"max": 256}}
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODELS = os.path.join(ROOT, "src", "Cleanroom.Server", "Wire", "Model")
OUTPUT = os.path.join(MODELS, "cleanrooms.json")
GLUE_OUTPUT = os.path.join(MODELS, "glue.json")
SHAPE_KEYS = ("type", "required", "min", "max", "pattern", "enum", "union", "document")
MEMBER_KEYS = ("shape", "location", "locationName")


def load_model(service=SERVICE):
    path = os.path.join(os.path.dirname(botocore.__file__), "data", *service, "service-2.json.gz")
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        return json.load(stream)


def reachable(shapes, roots):
    """Names of every shape reachable from the given input shapes."""
    seen = set()
    pending = list(roots)
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        shape = shapes[name]
        pending.extend(member["shape"] for member in shape.get("members", {}).values())
        for key in ("member", "key", "value"):
            if key in shape:
                pending.append(shape[key]["shape"])
    return seen


def utf16_pattern(pattern):
    """Glue writes "any code point above U+FFFF" as the Java range \\uD800\\uDC00-\\uDBFF\\uDFFF, which .NET
    (UTF-16 code units) reads as a reversed range; the equivalent there is every surrogate unit."""
    return pattern.replace("\\uD800\\uDC00-\\uDBFF\\uDFFF", "\\uD800-\\uDFFF")


def compact_shape(shape):
    out = {key: shape[key] for key in SHAPE_KEYS if key in shape}
    if "pattern" in out:
        out["pattern"] = utf16_pattern(out["pattern"])
    if "members" in shape:
        out["members"] = {
            name: {key: member[key] for key in MEMBER_KEYS if key in member}
            for name, member in shape["members"].items()
        }
    for key in ("member", "key", "value"):
        if key in shape:
            out[key] = shape[key]["shape"]
    return out


def write(model, names, output):
    operations = {}
    for name in sorted(names):
        operation = model["operations"][name]
        http = operation["http"]
        operations[name] = {
            "method": http["method"],
            "uri": http["requestUri"],
            "status": http.get("responseCode", 200),
            "input": operation["input"]["shape"],
            "errors": sorted(error["shape"] for error in operation.get("errors", [])),
        }
    inputs = [operation["input"] for operation in operations.values()]
    shapes = {name: compact_shape(model["shapes"][name]) for name in sorted(reachable(model["shapes"], inputs))}
    for name, override in SHAPE_OVERRIDES.items():
        if name in shapes:
            shapes[name].update(override)
    document = {
        "service": model["metadata"].get("signingName", model["metadata"]["endpointPrefix"]),
        "apiVersion": model["metadata"]["apiVersion"],
        "botocoreVersion": botocore.__version__,
        "operations": operations,
        "shapes": shapes,
    }
    with open(output, "w", encoding="utf-8", newline="\n") as stream:
        json.dump(document, stream, indent=1, sort_keys=False, ensure_ascii=True)
        stream.write("\n")
    print(f"{len(operations)} operations, {len(shapes)} shapes -> {os.path.relpath(output, ROOT)}", file=sys.stderr)


def main():
    cleanrooms = load_model()
    write(cleanrooms, cleanrooms["operations"], OUTPUT)
    write(load_model(GLUE), GLUE_OPERATIONS, GLUE_OUTPUT)


if __name__ == "__main__":
    main()
