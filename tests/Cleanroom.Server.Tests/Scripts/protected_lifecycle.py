"""Lifecycle of B's queries: a tiny query (computeConfiguration recorded; cancelling it once ended is a conflict),
five long queries filling the membership's quota, a sixth refused, one cancelled (timed until CANCELLED) and the
freed slot used again, then everything cancelled; listings with a status filter and pages. args: {"membership"}."""
import time

from cleanroom_test import ACCOUNTS, ARGS, call, client, emit

LONG = ("SELECT COUNT(*) AS n FROM audience_custom a CROSS JOIN audience_custom b CROSS JOIN audience_custom c "
        "WHERE a.score + b.score + c.score = -1")
b = client("cleanrooms", "B")
membership = ARGS["membership"]


def start(sql, **extra):
    return call(b.start_protected_query, type="SQL", membershipIdentifier=membership, sqlParameters={"queryString": sql}, **extra)


def get(query_id):
    return b.get_protected_query(membershipIdentifier=membership, protectedQueryIdentifier=query_id)["protectedQuery"]


def wait(query_id, done, limit=60):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        query = get(query_id)
        if done(query["status"]):
            return query
        time.sleep(0.005)
    return get(query_id)


def ended(status):
    return status not in ("SUBMITTED", "STARTED", "CANCELLING")


def cancel(query_id):
    return call(b.update_protected_query, membershipIdentifier=membership, protectedQueryIdentifier=query_id, targetStatus="CANCELLED")


out = {}
tiny = start("SELECT COUNT(*) AS n FROM audience_custom", computeConfiguration={"worker": {"type": "CR.1X", "number": 4}})
out["tiny"] = wait(tiny["ok"]["protectedQuery"]["id"], ended)
out["cancel_ended"] = cancel(out["tiny"]["id"])
out["distribute"] = start("SELECT COUNT(*) AS n FROM audience_custom", resultConfiguration={"outputConfiguration": {"distribute": {
    "locations": [{"member": {"accountId": ACCOUNTS["C"]["accountId"]}}]}}})

longs = [start(LONG)["ok"]["protectedQuery"]["id"] for _ in range(5)]
first = wait(longs[0], lambda status: status == "STARTED")
out["first_started"] = first["status"]
out["sixth"] = start(LONG)
began = time.monotonic()
out["cancel"] = cancel(longs[0])
out["cancelled"] = wait(longs[0], ended, limit=10)
out["cancel_ms"] = round((time.monotonic() - began) * 1000, 1)
out["cancel_again"] = cancel(longs[0])
replacement = start(LONG)
out["after_cancel"] = replacement
longs.append(replacement["ok"]["protectedQuery"]["id"])
for query_id in longs[1:]:
    cancel(query_id)
out["final"] = [wait(query_id, ended, limit=30)["status"] for query_id in longs]

out["list_cancelled"] = call(b.list_protected_queries, membershipIdentifier=membership, status="CANCELLED")
page = call(b.list_protected_queries, membershipIdentifier=membership, maxResults=2)
out["page1"] = page
if "ok" in page and "nextToken" in page["ok"]:
    out["page2"] = call(b.list_protected_queries, membershipIdentifier=membership, maxResults=2, nextToken=page["ok"]["nextToken"])
out["longs"] = longs
emit(out)
