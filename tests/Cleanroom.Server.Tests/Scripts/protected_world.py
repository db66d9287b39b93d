"""The seed deck's clean room for protected-query tests. A (advertiser, creator) offers its ad exposures, B (retailer)
can query and receive results and offers its purchases, C can only receive results; D is an outsider.

phase "buckets": every account's buckets (the test then uploads the data with `aws s3 cp`).
phase "world": Glue tables over the uploaded objects, configured tables with AGGREGATION, LIST and CUSTOM rules,
the collaboration (query logging on for A and B, off for C), associations with their receivers, and B's analysis
templates, one of them approved by A. Prints the ids the tests need."""
from cleanroom_test import ACCOUNTS, ARGS, client, collaboration_request, emit, member
from control_plane import aggregation, csv_table, custom, glue_table, listing, parquet_table, role
from protected_world_helpers import associate, table_with_rule

A_ID, B_ID, C_ID = (ACCOUNTS[name]["accountId"] for name in ("A", "B", "C"))

if ARGS["phase"] == "buckets":
    for account, bucket in (("A", "a-data"), ("B", "b-data"), ("B", "b-results"), ("C", "c-results"), ("D", "d-results")):
        client("s3", account).create_bucket(Bucket=bucket)
    emit({"ok": True})
    raise SystemExit

# Glue: A's exposures are CSV with a header (one object gzip-compressed); B's purchases are Parquet partitioned by month.
glue_table("A", "adtech", csv_table("exposures", "user_id:string segment:string campaign:string exposure_date:date score:int note:string",
                                    "s3://a-data/exposures/"))
glue_table("B", "retail", parquet_table("purchases", "user_id:string category:string amount:decimal(10,2) purchase_date:date",
                                        "s3://b-data/purchases/", partitions="dt:string"))


a_exposures = table_with_rule("A", "A exposures", "adtech", "exposures", ["user_id", "segment", "campaign", "exposure_date"], "AGGREGATION",
                              aggregation([("user_id", "COUNT_DISTINCT")], ["user_id"], ["segment", "campaign", "exposure_date"], "user_id", 100,
                                          join_required="QUERY_RUNNER"))
a_list = table_with_rule("A", "A exposure list", "adtech", "exposures", ["user_id", "segment"], "LIST", listing(["user_id"], ["segment"]))
a_custom = table_with_rule("A", "A audience", "adtech", "exposures", ["user_id", "segment", "score", "note"], "CUSTOM",
                           custom(["ANY_QUERY"], [B_ID], ["user_id"]))
b_purchases = table_with_rule("B", "B purchases", "retail", "purchases", ["user_id", "category", "amount", "purchase_date", "dt"], "AGGREGATION",
                              aggregation([("amount", "SUM"), ("user_id", "COUNT_DISTINCT")], ["user_id"], ["category", "purchase_date", "dt"], "user_id", 50))
b_list = table_with_rule("B", "B buyers", "retail", "purchases", ["user_id", "category"], "LIST", listing(["user_id"], ["category"]))
b_custom = table_with_rule("B", "B purchases custom", "retail", "purchases", ["user_id", "category", "amount"], "CUSTOM", custom(["ANY_QUERY"], [B_ID]))

a, b, c = (client("cleanrooms", name) for name in ("A", "B", "C"))
collaboration = a.create_collaboration(**collaboration_request(
    "Interest segments of B's buyers", [member("B", ["CAN_QUERY", "CAN_RECEIVE_RESULTS"], "Company B"), member("C", ["CAN_RECEIVE_RESULTS"], "Company C")],
    creator_abilities=["CAN_RECEIVE_RESULTS"], query_log_status="ENABLED"))["collaboration"]
cid = collaboration["id"]
ma = a.create_membership(collaborationIdentifier=cid, queryLogStatus="ENABLED")["membership"]
mb = b.create_membership(collaborationIdentifier=cid, queryLogStatus="ENABLED", defaultResultConfiguration={
    "outputConfiguration": {"s3": {"resultFormat": "CSV", "bucket": "b-results", "keyPrefix": "default", "singleFileOutput": True}},
    "roleArn": role("B")})["membership"]
mc = c.create_membership(collaborationIdentifier=cid, queryLogStatus="DISABLED", defaultResultConfiguration={
    "outputConfiguration": {"s3": {"resultFormat": "CSV", "bucket": "c-results", "keyPrefix": "cleanroom/", "singleFileOutput": True}},
    "roleArn": role("C")})["membership"]


associate("A", ma["id"], a_exposures, "exposures", "AGGREGATION", "B", "C")
associate("A", ma["id"], a_list, "exposure_list", "LIST", "B", "C")
associate("A", ma["id"], a_custom, "audience_custom", "CUSTOM", "B")
associate("B", mb["id"], b_purchases, "purchases", "AGGREGATION", "B")
associate("B", mb["id"], b_list, "buyers_list", "LIST", "B", "C")
associate("B", mb["id"], b_custom, "purchases_custom", "CUSTOM", "B")

approved_sql = ("SELECT a.segment, COUNT(DISTINCT p.user_id) AS buyers FROM audience_approved a JOIN purchases_custom p ON a.user_id = p.user_id "
                "WHERE p.amount >= :min_amount GROUP BY a.segment")
approved = b.create_analysis_template(membershipIdentifier=mb["id"], name="segment_buyers", format="SQL", source={"text": approved_sql},
                                      analysisParameters=[{"name": "min_amount", "type": "DECIMAL", "defaultValue": "0"}])["analysisTemplate"]
unapproved = b.create_analysis_template(membershipIdentifier=mb["id"], name="segments", format="SQL",
                                        source={"text": "SELECT a.segment, a.user_id FROM audience_approved a"})["analysisTemplate"]
a_approved = table_with_rule("A", "A approved audience", "adtech", "exposures", ["user_id", "segment"], "CUSTOM", custom([approved["arn"]]))
associate("A", ma["id"], a_approved, "audience_approved", "CUSTOM", "B")

emit({
    "collaboration": cid,
    "memberships": {"A": ma["id"], "B": mb["id"], "C": mc["id"]},
    "templates": {"approved": approved["arn"], "unapproved": unapproved["arn"]},
})
