"""Encrypted collaborations (C3R). phase "collaborations": A creates "enc" (cleartext allowed) and "strict" (no
cleartext), inviting B to query and receive results; both join; buckets. phase "tables" (after the test uploaded the
encrypted objects): A's exposures (fingerprint user_id, cleartext segment, sealed note) as an AGGREGATION table, its
notes as a LIST table, a copy whose later rows hold cleartext notes, and a plain table in "strict"; B's purchases
(fingerprint user_id, cleartext category) as AGGREGATION and LIST tables. args: {"phase", "enc", "strict"}."""
from cleanroom_test import ARGS, client, collaboration_request, emit, member
from control_plane import aggregation, csv_table, glue_table, listing, role
from protected_world_helpers import associate, table_with_rule

SETTINGS = {"allowDuplicates": True, "allowJoinsOnColumnsWithDifferentNames": False, "preserveNulls": False}
a, b = client("cleanrooms", "A"), client("cleanrooms", "B")

if ARGS["phase"] == "collaborations":
    client("s3", "A").create_bucket(Bucket="a-enc")
    client("s3", "B").create_bucket(Bucket="b-enc")
    client("s3", "B").create_bucket(Bucket="b-enc-results")
    ids = {}
    for name, cleartext in (("enc", True), ("strict", False)):
        collaboration = a.create_collaboration(**collaboration_request(
            name, [member("B", ["CAN_QUERY", "CAN_RECEIVE_RESULTS"])], creator_abilities=[],
            dataEncryptionMetadata={"allowCleartext": cleartext, **SETTINGS}))["collaboration"]
        ma = a.create_membership(collaborationIdentifier=collaboration["id"], queryLogStatus="DISABLED")["membership"]
        mb = b.create_membership(collaborationIdentifier=collaboration["id"], queryLogStatus="DISABLED", defaultResultConfiguration={
            "outputConfiguration": {"s3": {"resultFormat": "CSV", "bucket": "b-enc-results", "keyPrefix": name, "singleFileOutput": True}},
            "roleArn": role("B")})["membership"]
        ids[name] = {"collaboration": collaboration["id"], "A": ma["id"], "B": mb["id"]}
    emit(ids)
    raise SystemExit


for glue, location in (("exposures", "s3://a-enc/exposures/"), ("mixed", "s3://a-enc/mixed/"), ("plain", "s3://a-enc/plain/")):
    glue_table("A", "enc", csv_table(glue, "user_id:string segment:string note:string", location))
glue_table("B", "enc", csv_table("purchases", "user_id:string category:string", "s3://b-enc/purchases/"))

exposures_rule = aggregation([("user_id", "COUNT_DISTINCT")], ["user_id"], ["segment"], "user_id", 100)
enc, strict = ARGS["enc"], ARGS["strict"]
associate("A", enc["A"], table_with_rule("A", "enc exposures", "enc", "exposures", ["user_id", "segment"], "AGGREGATION", exposures_rule), "enc_exposures", "AGGREGATION", "B")
associate("A", enc["A"], table_with_rule("A", "enc notes", "enc", "exposures", ["user_id", "note"], "LIST", listing(["user_id"], ["note"])), "enc_notes", "LIST", "B")
associate("A", enc["A"], table_with_rule("A", "enc mixed", "enc", "mixed", ["user_id", "note"], "LIST", listing(["user_id"], ["note"])), "enc_mixed", "LIST", "B")
associate("A", strict["A"], table_with_rule("A", "strict exposures", "enc", "plain", ["user_id", "segment"], "AGGREGATION", exposures_rule), "strict_exposures", "AGGREGATION", "B")
purchases_rule = aggregation([("user_id", "COUNT_DISTINCT")], ["user_id"], ["category"], "user_id", 2)
associate("B", enc["B"], table_with_rule("B", "enc purchases", "enc", "purchases", ["user_id", "category"], "AGGREGATION", purchases_rule), "enc_purchases", "AGGREGATION", "B")
associate("B", enc["B"], table_with_rule("B", "enc buyers", "enc", "purchases", ["user_id", "category"], "LIST", listing(["user_id"], ["category"])), "enc_buyers", "LIST", "B")
associate("B", strict["B"], table_with_rule("B", "strict purchases", "enc", "purchases", ["user_id", "category"], "AGGREGATION", purchases_rule), "strict_purchases", "AGGREGATION", "B")
emit({"ok": True})
