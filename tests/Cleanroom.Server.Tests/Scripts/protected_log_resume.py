"""Spec 7.2 with protected queries: after a first logged query A deletes its log group, so B's next query leaves no record with A; A switches
query logging off and on again, and the query after that is logged with A again. args: {"collaboration",
"membership_a", "membership_b", "sql"}."""
import time

from cleanroom_test import ARGS, call, client, emit

a, b, logs = client("cleanrooms", "A"), client("cleanrooms", "B"), client("logs", "A")
group = f"/aws/cleanrooms/{ARGS['collaboration']}"


def run():
    query = b.start_protected_query(type="SQL", membershipIdentifier=ARGS["membership_b"], sqlParameters={"queryString": ARGS["sql"]})["protectedQuery"]
    while query["status"] in ("SUBMITTED", "STARTED"):
        time.sleep(0.01)
        query = b.get_protected_query(membershipIdentifier=ARGS["membership_b"], protectedQueryIdentifier=query["id"])["protectedQuery"]
    return query["id"]


def events():
    found = call(logs.filter_log_events, logGroupName=group)
    return found if "error" in found else {"ok": [e["message"] for e in found["ok"]["events"]]}


out = {"first": run()}
out["delete"] = call(logs.delete_log_group, logGroupName=group)
out["while_deleted"] = run()
out["after_delete"] = events()
out["off"] = call(a.update_membership, membershipIdentifier=ARGS["membership_a"], queryLogStatus="DISABLED")
out["on"] = call(a.update_membership, membershipIdentifier=ARGS["membership_a"], queryLogStatus="ENABLED")
out["after_resume"] = run()
out["resumed"] = events()
emit(out)
