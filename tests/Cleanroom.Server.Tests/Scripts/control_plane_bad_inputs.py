"""Sends each bad request of Cases/control-plane-bad-inputs.json (client-side validation off) and reports the
answer. Placeholders like {table} name the fixtures set up here; {"$repeat": x, "count": n} is a list of n x's."""
import json
import os

from cleanroom_test import ACCOUNTS, call, client, emit
from control_plane import aggregation, associate, collaboration, configured_table, csv_table, glue_table

glue_table("A", "shop", csv_table("orders", "user_id:string segment:string amount:double campaign:string day:date", "s3://shop-data/orders/"))
allowed = ["user_id", "segment", "amount", "campaign"]
table = configured_table("A", "plain", "shop", "orders", allowed)
agg_table = configured_table("A", "aggregated", "shop", "orders", allowed)
client("cleanrooms", "A").create_configured_table_analysis_rule(
    configuredTableIdentifier=agg_table["id"], analysisRuleType="AGGREGATION",
    analysisRulePolicy=aggregation([("amount", "SUM")], ["user_id"], ["segment"], "user_id", 2))
created, memberships = collaboration("Bad inputs", "A", "B", others=("C",))
association = associate("A", memberships["A"], agg_table, "orders")
substitutions = {
    "{table}": table["id"], "{aggTable}": agg_table["id"], "{membership}": memberships["A"]["id"], "{association}": association["id"],
    "{collaboration}": created["id"], "{B}": ACCOUNTS["B"]["accountId"], "{C}": ACCOUNTS["C"]["accountId"],
}


def expand(value):
    if isinstance(value, str):
        for key, replacement in substitutions.items():
            value = value.replace(key, replacement)
        return value
    if isinstance(value, list):
        return [expand(item) for item in value]
    if isinstance(value, dict):
        if "$repeat" in value:
            return [expand(value["$repeat"])] * value["count"]
        return {key: expand(item) for key, item in value.items()}
    return value


unchecked = client("cleanrooms", "A", validate=False)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Cases", "control-plane-bad-inputs.json"), encoding="utf-8") as stream:
    cases = json.load(stream)
emit([{**case, "result": call(getattr(unchecked, case["operation"]), **expand(case["params"]))} for case in cases])
