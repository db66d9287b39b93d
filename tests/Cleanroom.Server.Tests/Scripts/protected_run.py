"""Starts protected queries and waits for each to end. args: {"runs": [{"name", "account", "membership", "sql" |
"template" (+ "parameters"), "result" (a resultConfiguration, optional), "wait" (default true)}]}. Prints, per run, the
StartProtectedQuery answer, the final GetProtectedQuery answer and the client-side time from the start call to the
first answer showing the query ended."""
import time

from cleanroom_test import ARGS, call, client, emit

ONGOING = ("SUBMITTED", "STARTED", "CANCELLING")


def start(run):
    sql = {"queryString": run["sql"]} if "sql" in run else {"analysisTemplateArn": run["template"], "parameters": run.get("parameters", {})}
    request = {"type": "SQL", "membershipIdentifier": run["membership"], "sqlParameters": sql}
    if "result" in run:
        request["resultConfiguration"] = run["result"]
    if "compute" in run:
        request["computeConfiguration"] = run["compute"]
    return call(client("cleanrooms", run["account"]).start_protected_query, **request)


def wait(run, query_id, began):
    cr = client("cleanrooms", run["account"])
    while True:
        answer = call(cr.get_protected_query, membershipIdentifier=run["membership"], protectedQueryIdentifier=query_id)
        if "error" in answer or answer["ok"]["protectedQuery"]["status"] not in ONGOING:
            return answer, round((time.monotonic() - began) * 1000, 1)
        time.sleep(0.002)


out = {}
for run in ARGS["runs"]:
    began = time.monotonic()
    started = start(run)
    entry = {"start": started}
    if "ok" in started and run.get("wait", True):
        entry["final"], entry["elapsed_ms"] = wait(run, started["ok"]["protectedQuery"]["id"], began)
    out[run["name"]] = entry
emit(out)
