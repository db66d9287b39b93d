"""A clean room of one: B creates it, can query and receive results, and offers one CUSTOM table of its own (3,000 rows
of CSV). phase "world" builds it; "start" starts a long query (a three-way cross join, or args "sql") and waits until it runs;
"plant" puts an object where that query's result parts would go (a result half published when the server dies);
"verify" reads the query, lists its result folder and runs a tiny query. args carry "membership" and "query"."""
import time

from cleanroom_test import ACCOUNTS, ARGS, call, client, collaboration_request, emit
from control_plane import configured_table, csv_table, custom, glue_table, receivers, role

LONG = "SELECT COUNT(*) AS n FROM numbers a CROSS JOIN numbers b CROSS JOIN numbers c WHERE a.v + b.v + c.v = -1"
RESULT = {"outputConfiguration": {"s3": {"resultFormat": "CSV", "bucket": "b-solo-results", "keyPrefix": "solo"}}}
b, s3 = client("cleanrooms", "B"), client("s3", "B")


def wait(membership, query_id, done, limit=60):
    deadline = time.monotonic() + limit
    while True:
        query = b.get_protected_query(membershipIdentifier=membership, protectedQueryIdentifier=query_id)["protectedQuery"]
        if done(query["status"]) or time.monotonic() > deadline:
            return query
        time.sleep(0.01)


phase = ARGS["phase"]
if phase == "world":
    s3.create_bucket(Bucket="b-solo-data")
    s3.create_bucket(Bucket="b-solo-results")
    s3.put_object(Bucket="b-solo-data", Key="numbers/part-0.csv", Body="".join(f"{i}\n" for i in range(3000)).encode())
    glue_table("B", "solo", csv_table("numbers", "v:int", "s3://b-solo-data/numbers/", header=False))
    table = configured_table("B", "numbers", "solo", "numbers", ["v"])
    b.create_configured_table_analysis_rule(configuredTableIdentifier=table["id"], analysisRuleType="CUSTOM",
                                            analysisRulePolicy=custom(["ANY_QUERY"], [ACCOUNTS["B"]["accountId"]]))
    collaboration = b.create_collaboration(**collaboration_request("solo", [], creator_abilities=["CAN_QUERY", "CAN_RECEIVE_RESULTS"]))["collaboration"]
    membership = b.create_membership(collaborationIdentifier=collaboration["id"], queryLogStatus="DISABLED")["membership"]
    association = b.create_configured_table_association(membershipIdentifier=membership["id"], configuredTableIdentifier=table["id"],
                                                        name="numbers", roleArn=role("B"))["configuredTableAssociation"]
    b.create_configured_table_association_analysis_rule(membershipIdentifier=membership["id"], configuredTableAssociationIdentifier=association["id"],
                                                        analysisRuleType="CUSTOM", analysisRulePolicy=receivers("custom", "B"))
    emit({"membership": membership["id"]})
elif phase == "start":
    started = b.start_protected_query(type="SQL", membershipIdentifier=ARGS["membership"], sqlParameters={"queryString": ARGS.get("sql", LONG)},
                                      resultConfiguration=RESULT)["protectedQuery"]
    running = wait(ARGS["membership"], started["id"], lambda status: status != "SUBMITTED")
    emit({"id": started["id"], "status": running["status"], "final": wait(ARGS["membership"], started["id"], lambda status: status not in ("SUBMITTED", "STARTED"), ARGS.get("limit", 0))})
elif phase == "plant":
    s3.put_object(Bucket="b-solo-results", Key=f"solo/{ARGS['query']}/result/part-00000.csv", Body=b"n\n")
    emit({"ok": True})
else:
    query = call(b.get_protected_query, membershipIdentifier=ARGS["membership"], protectedQueryIdentifier=ARGS["query"])
    listed = s3.list_objects_v2(Bucket="b-solo-results", Prefix=f"solo/{ARGS['query']}/")
    tiny = b.start_protected_query(type="SQL", membershipIdentifier=ARGS["membership"], sqlParameters={"queryString": "SELECT COUNT(*) AS n FROM numbers"},
                                   resultConfiguration=RESULT)["protectedQuery"]
    emit({"query": query, "keys": [item["Key"] for item in listed.get("Contents", [])],
          "tiny": wait(ARGS["membership"], tiny["id"], lambda status: status not in ("SUBMITTED", "STARTED"))})
