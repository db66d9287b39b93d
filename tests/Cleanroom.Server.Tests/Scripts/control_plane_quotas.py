"""Control-plane quotas on a server started with small values: configured tables per account 2, columns per
allow-list 2, associations per membership 1, analysis templates per membership 1."""
from cleanroom_test import call, client, emit
from control_plane import collaboration, configured_table, csv_table, glue_table, role

a = client("cleanrooms", "A")
out = {}
glue_table("A", "data", csv_table("events", "user_id:string segment:string amount:double", "s3://quota-data/events/"))
reference = {"glue": {"databaseName": "data", "tableName": "events"}}
out["three_columns"] = call(a.create_configured_table, name="wide", tableReference=reference, allowedColumns=["user_id", "segment", "amount"], analysisMethod="DIRECT_QUERY")
first = configured_table("A", "first", "data", "events", ["user_id", "segment"])
out["second_table"] = call(a.create_configured_table, name="second", tableReference=reference, allowedColumns=["user_id"], analysisMethod="DIRECT_QUERY")
out["third_table"] = call(a.create_configured_table, name="third", tableReference=reference, allowedColumns=["user_id"], analysisMethod="DIRECT_QUERY")
out["widen_by_update"] = call(a.update_configured_table, configuredTableIdentifier=first["id"], allowedColumns=["user_id", "segment", "amount"])

created, memberships = collaboration("Quotas", "A", "B")
membership = memberships["A"]["id"]
out["first_association"] = call(a.create_configured_table_association, membershipIdentifier=membership, configuredTableIdentifier=first["id"], name="first", roleArn=role("A"))
out["second_association"] = call(a.create_configured_table_association, membershipIdentifier=membership,
                                  configuredTableIdentifier=out["second_table"]["ok"]["configuredTable"]["id"], name="second", roleArn=role("A"))
out["first_template"] = call(a.create_analysis_template, membershipIdentifier=membership, name="one", format="SQL", source={"text": "SELECT COUNT(*) FROM first"})
out["second_template"] = call(a.create_analysis_template, membershipIdentifier=membership, name="two", format="SQL", source={"text": "SELECT COUNT(*) FROM first"})
a.delete_analysis_template(membershipIdentifier=membership, analysisTemplateIdentifier=out["first_template"]["ok"]["analysisTemplate"]["id"])
out["after_delete"] = call(a.create_analysis_template, membershipIdentifier=membership, name="two", format="SQL", source={"text": "SELECT COUNT(*) FROM first"})
emit(out)
