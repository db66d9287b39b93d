"""Conflicts, missing resources and schema readiness: one rule per table, names unique in a collaboration,
nothing deleted from under a dependent, documented errors for missing resources, and the NOT_READY reasons."""
import json

from cleanroom_test import ACCOUNTS, call, client, collaboration_request, emit, member, random_id
from control_plane import aggregation, associate, configured_table, csv_table, custom, glue_table, listing, receivers, role

a, b, c = client("cleanrooms", "A"), client("cleanrooms", "B"), client("cleanrooms", "C")
out = {}
created = a.create_collaboration(**collaboration_request("Conflicts", [
    member("B", ["CAN_QUERY", "CAN_RECEIVE_RESULTS"]), member("C", ["CAN_RECEIVE_RESULTS"])], creator_abilities=[]))["collaboration"]
cid = created["id"]
ma, mb, mc = (x.create_membership(collaborationIdentifier=cid, queryLogStatus="DISABLED")["membership"]["id"] for x in (a, b, c))
spec = "user_id:string segment:string amount:double"
for account in ("A", "B", "C"):
    glue_table(account, "data", csv_table("events", spec, f"s3://{account.lower()}-data-bucket/events/"))
allowed = ["user_id", "segment", "amount"]
rule = aggregation([("amount", "SUM")], ["user_id"], ["segment"], "user_id", 10)

# One rule per table (X8), addressed by its type.
ta = configured_table("A", "a events", "data", "events", allowed)
a.create_configured_table_analysis_rule(configuredTableIdentifier=ta["id"], analysisRuleType="AGGREGATION", analysisRulePolicy=rule)
out["second_rule_same_type"] = call(a.create_configured_table_analysis_rule, configuredTableIdentifier=ta["id"], analysisRuleType="AGGREGATION", analysisRulePolicy=rule)
out["second_rule_other_type"] = call(a.create_configured_table_analysis_rule, configuredTableIdentifier=ta["id"], analysisRuleType="LIST",
                                     analysisRulePolicy=listing(["user_id"], ["segment"]))
out["rule_of_other_type"] = call(a.get_configured_table_analysis_rule, configuredTableIdentifier=ta["id"], analysisRuleType="LIST")
out["update_renames"] = call(a.update_configured_table, configuredTableIdentifier=ta["id"], name="a events v2", description="renamed")

# Associations: the owner's own table, names unique in the collaboration (case-insensitive), one rule each.
aa = associate("A", {"id": ma}, ta, "Events", "aggregation", "B", "C")
out["second_association_rule"] = call(a.create_configured_table_association_analysis_rule, membershipIdentifier=ma, configuredTableAssociationIdentifier=aa["id"],
                                      analysisRuleType="AGGREGATION", analysisRulePolicy=receivers("aggregation", "B"))
tb = configured_table("B", "b events", "data", "events", allowed)
out["duplicate_name"] = call(b.create_configured_table_association, membershipIdentifier=mb, configuredTableIdentifier=tb["id"], name="EVENTS", roleArn=role("B"))
out["foreign_table"] = call(b.create_configured_table_association, membershipIdentifier=mb, configuredTableIdentifier=ta["id"], name="stolen", roleArn=role("B"))
out["missing_table"] = call(b.create_configured_table_association, membershipIdentifier=mb, configuredTableIdentifier=random_id(), name="missing", roleArn=role("B"))

# Nothing is deleted from under a dependent (X16).
out["delete_associated_table"] = call(a.delete_configured_table, configuredTableIdentifier=ta["id"])
out["delete_rule_with_collaboration_rule"] = call(a.delete_configured_table_analysis_rule, configuredTableIdentifier=ta["id"], analysisRuleType="AGGREGATION")
out["update_breaking_rule"] = call(a.update_configured_table, configuredTableIdentifier=ta["id"], allowedColumns=["user_id", "amount"])
bb = associate("B", {"id": mb}, tb, "b_events")
out["leave_with_association"] = call(b.delete_membership, membershipIdentifier=mb)

# Missing resources answer their documented errors.
out["missing_configured_table"] = call(a.get_configured_table, configuredTableIdentifier=random_id())
out["missing_association"] = call(a.get_configured_table_association, membershipIdentifier=ma, configuredTableAssociationIdentifier=random_id())
out["missing_association_rule"] = call(a.get_configured_table_association_analysis_rule, membershipIdentifier=ma,
                                       configuredTableAssociationIdentifier=aa["id"], analysisRuleType="LIST")
out["missing_template"] = call(a.get_analysis_template, membershipIdentifier=ma, analysisTemplateIdentifier=random_id())
out["missing_schema"] = call(a.get_schema, collaborationIdentifier=cid, name="nothing")
out["missing_schema_rule"] = call(a.get_schema_analysis_rule, collaborationIdentifier=cid, name="events", type="LIST")
out["missing_collaboration_template"] = call(a.get_collaboration_analysis_template, collaborationIdentifier=cid,
                                             analysisTemplateArn=f"arn:aws:cleanrooms:us-east-1:{ACCOUNTS['B']['accountId']}:membership/{mb}/analysistemplate/{random_id()}")

# Templates: names unique in a membership; a template of another collaboration is not found in this one.
template = b.create_analysis_template(membershipIdentifier=mb, name="Count", format="SQL", source={"text": "SELECT COUNT(DISTINCT user_id) FROM events"})["analysisTemplate"]


def smuggle_source(request, **_):
    """Adds a source to an UpdateAnalysisTemplate body (the model has no such member) before it is signed (X15)."""
    body = json.loads(request.data or b"{}")
    body["source"] = {"text": "SELECT 2"}
    request.data = json.dumps(body).encode()


sneaky = client("cleanrooms", "B")
sneaky.meta.events.register("before-sign.cleanrooms.UpdateAnalysisTemplate", smuggle_source)
out["update_with_source"] = call(sneaky.update_analysis_template, membershipIdentifier=mb, analysisTemplateIdentifier=template["id"], description="changed")
out["duplicate_template_name"] = call(b.create_analysis_template, membershipIdentifier=mb, name="count", format="SQL", source={"text": "SELECT 1"})
other = b.create_collaboration(**collaboration_request("Other", [], creator_abilities=["CAN_QUERY", "CAN_RECEIVE_RESULTS"]))["collaboration"]
mo = b.create_membership(collaborationIdentifier=other["id"], queryLogStatus="DISABLED")["membership"]["id"]
elsewhere = b.create_analysis_template(membershipIdentifier=mo, name="Count", format="SQL", source={"text": "SELECT 1"})["analysisTemplate"]
out["template_of_other_collaboration"] = call(a.get_collaboration_analysis_template, collaborationIdentifier=cid, analysisTemplateArn=elsewhere["arn"])
out["template_here"] = call(a.get_collaboration_analysis_template, collaborationIdentifier=cid, analysisTemplateArn=template["arn"])

# Schema readiness.
def status(name):
    return call(a.get_schema, collaborationIdentifier=cid, name=name)

tn = configured_table("A", "no rule", "data", "events", allowed)
associate("A", {"id": ma}, tn, "no_rule")
out["status_no_rule"] = status("no_rule")
te = configured_table("A", "empty receivers", "data", "events", allowed)
a.create_configured_table_analysis_rule(configuredTableIdentifier=te["id"], analysisRuleType="AGGREGATION", analysisRulePolicy=rule)
associate("A", {"id": ma}, te, "empty_receivers", "aggregation")
out["status_empty_receivers"] = status("empty_receivers")
tp = configured_table("A", "outside provider", "data", "events", allowed)
a.create_configured_table_analysis_rule(configuredTableIdentifier=tp["id"], analysisRuleType="CUSTOM", analysisRulePolicy=custom(["ANY_QUERY"], ["111111111111"]))
associate("A", {"id": ma}, tp, "outside_provider", "custom", "B")
out["status_outside_provider"] = status("outside_provider")
tr = configured_table("A", "additional required", "data", "events", allowed)
required = listing(["user_id"], ["segment"])
required["v1"]["list"]["additionalAnalyses"] = "REQUIRED"
a.create_configured_table_analysis_rule(configuredTableIdentifier=tr["id"], analysisRuleType="LIST", analysisRulePolicy=required)
associate("A", {"id": ma}, tr, "additional_required", "list", "B")
out["status_additional_required"] = status("additional_required")
tx = configured_table("A", "additional refused", "data", "events", allowed)
a.create_configured_table_analysis_rule(configuredTableIdentifier=tx["id"], analysisRuleType="LIST", analysisRulePolicy=listing(["user_id"], ["segment"]))
ax = associate("A", {"id": ma}, tx, "additional_refused")
ml = f"arn:aws:cleanrooms:us-east-1:{ACCOUNTS['B']['accountId']}:membership/{mb}/configuredaudiencemodelassociation/{random_id()}"
a.create_configured_table_association_analysis_rule(membershipIdentifier=ma, configuredTableAssociationIdentifier=ax["id"], analysisRuleType="LIST",
                                                    analysisRulePolicy={"v1": {"list": {"allowedResultReceivers": [ACCOUNTS["B"]["accountId"]], "allowedAdditionalAnalyses": [ml]}}})
out["status_additional_refused"] = status("additional_refused")

# C's table is in the collaboration until A removes C: then it disappears, and receivers that were only C stop counting.
tc = configured_table("C", "c events", "data", "events", allowed)
c.create_configured_table_analysis_rule(configuredTableIdentifier=tc["id"], analysisRuleType="AGGREGATION", analysisRulePolicy=rule)
ac = associate("C", {"id": mc}, tc, "c_events", "aggregation", "C")
tonly = configured_table("A", "only c receives", "data", "events", allowed)
a.create_configured_table_analysis_rule(configuredTableIdentifier=tonly["id"], analysisRuleType="AGGREGATION", analysisRulePolicy=rule)
associate("A", {"id": ma}, tonly, "only_c", "aggregation", "C")
out["schemas_before_removal"] = call(b.list_schemas, collaborationIdentifier=cid)
out["only_c_before"] = status("only_c")
a.delete_member(collaborationIdentifier=cid, accountId=ACCOUNTS["C"]["accountId"])
out["schemas_after_removal"] = call(b.list_schemas, collaborationIdentifier=cid)
out["only_c_after"] = status("only_c")
out["events_after"] = status("Events")
out["removed_creates"] = call(c.create_configured_table_association, membershipIdentifier=mc, configuredTableIdentifier=tc["id"], name="again", roleArn=role("C"))
out["removed_reads_own"] = call(c.get_configured_table_association, membershipIdentifier=mc, configuredTableAssociationIdentifier=ac["id"])
out["removed_cleans_up"] = call(c.delete_configured_table_association, membershipIdentifier=mc, configuredTableAssociationIdentifier=ac["id"])
out["removed_deletes_table"] = call(c.delete_configured_table, configuredTableIdentifier=tc["id"])

# The dependents go first, then everything can be deleted.
out["delete_collaboration_rule"] = call(a.delete_configured_table_association_analysis_rule, membershipIdentifier=ma,
                                        configuredTableAssociationIdentifier=aa["id"], analysisRuleType="AGGREGATION")
out["delete_table_rule"] = call(a.delete_configured_table_analysis_rule, configuredTableIdentifier=ta["id"], analysisRuleType="AGGREGATION")
out["status_rule_deleted"] = status("Events")
out["delete_association"] = call(a.delete_configured_table_association, membershipIdentifier=ma, configuredTableAssociationIdentifier=aa["id"])
out["delete_table"] = call(a.delete_configured_table, configuredTableIdentifier=ta["id"])
out["get_deleted_table"] = call(a.get_configured_table, configuredTableIdentifier=ta["id"])
out["b_delete_template"] = call(b.delete_analysis_template, membershipIdentifier=mb, analysisTemplateIdentifier=template["id"])
out["b_delete_association"] = call(b.delete_configured_table_association, membershipIdentifier=mb, configuredTableAssociationIdentifier=bb["id"])
out["b_leaves"] = call(b.delete_membership, membershipIdentifier=mb)
emit(out)
