"""Every protected-query operation as an outsider (D), as members who do not own the membership (A, C) and as A in its
own membership, beside the answers for ids that do not exist. args: {"membership_b", "membership_a", "query"}."""
from cleanroom_test import ARGS, call, client, emit, random_id

SQL = {"queryString": "SELECT COUNT(*) AS n FROM purchases_custom"}


def probes(account, membership, query):
    cr = client("cleanrooms", account)
    return {
        "start": call(cr.start_protected_query, type="SQL", membershipIdentifier=membership, sqlParameters=SQL),
        "get": call(cr.get_protected_query, membershipIdentifier=membership, protectedQueryIdentifier=query),
        "list": call(cr.list_protected_queries, membershipIdentifier=membership),
        "update": call(cr.update_protected_query, membershipIdentifier=membership, protectedQueryIdentifier=query, targetStatus="CANCELLED"),
    }


out = {}
for account in ("D", "A", "C"):
    out[f"{account}_on_b"] = probes(account, ARGS["membership_b"], ARGS["query"])
    out[f"{account}_random"] = probes(account, random_id(), random_id())
out["A_own"] = probes("A", ARGS["membership_a"], ARGS["query"])
out["B_random_query"] = probes("B", ARGS["membership_b"], random_id())
emit(out)
