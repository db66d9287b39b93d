"""For every control-plane operation: an outsider, and a member who does not own the resource (or, for the
collaboration views, a member who has not joined), are refused with exactly the error a random id gets.
Values the caller supplied itself (ids, ARNs, names) are masked before the comparison."""
from cleanroom_test import ACCOUNTS, call, client, collaboration_request, emit, member, random_id
from control_plane import aggregation, csv_table, custom, receivers, role

owner, peer, invited, outsider = (client("cleanrooms", name) for name in ("Owner", "Peer", "Invited", "Outsider"))
owner_glue = client("glue", "Owner")
SECRET_SQL = "SELECT COUNT(DISTINCT secret_col) AS secret_template_marker FROM secret_assoc"

created = owner.create_collaboration(**collaboration_request(
    "Secret project name", [member("Peer", ["CAN_QUERY", "CAN_RECEIVE_RESULTS"]), member("Invited", [])], creator_abilities=[]))["collaboration"]
cid = created["id"]
mo = owner.create_membership(collaborationIdentifier=cid, queryLogStatus="DISABLED")["membership"]
mp = peer.create_membership(collaborationIdentifier=cid, queryLogStatus="DISABLED")["membership"]
owner_glue.create_database(DatabaseInput={"Name": "secretdb"})
owner_glue.create_table(DatabaseName="secretdb", TableInput=csv_table("secret_table", "secret_col:string amount:double", "s3://secret-bucket/t/"))
rule = aggregation([("amount", "SUM")], ["secret_col"], [], "secret_col", 5)
table = owner.create_configured_table(name="Secret table", tableReference={"glue": {"databaseName": "secretdb", "tableName": "secret_table"}},
                                      allowedColumns=["secret_col", "amount"], analysisMethod="DIRECT_QUERY")["configuredTable"]
owner.create_configured_table_analysis_rule(configuredTableIdentifier=table["id"], analysisRuleType="AGGREGATION", analysisRulePolicy=rule)
association = owner.create_configured_table_association(membershipIdentifier=mo["id"], configuredTableIdentifier=table["id"],
                                                        name="secret_assoc", roleArn=role("Owner"))["configuredTableAssociation"]
owner.create_configured_table_association_analysis_rule(membershipIdentifier=mo["id"], configuredTableAssociationIdentifier=association["id"],
                                                        analysisRuleType="AGGREGATION", analysisRulePolicy=receivers("aggregation", "Peer"))
template = owner.create_analysis_template(membershipIdentifier=mo["id"], name="secret_template", format="SQL", source={"text": SECRET_SQL},
                                          description="secret description")["analysisTemplate"]

fake = {name: random_id() for name in ("collaboration", "membership", "table", "association", "template")}
fake_table_arn = table["arn"].replace(table["id"], fake["table"])
fake_association_arn = association["arn"].replace(association["id"], fake["association"]).replace(mo["id"], fake["membership"])
fake_template_arn = template["arn"].replace(template["id"], fake["template"]).replace(mo["id"], fake["membership"])
masked = [table["arn"], association["arn"], template["arn"], fake_table_arn, fake_association_arn, fake_template_arn,
          cid, mo["id"], mp["id"], table["id"], association["id"], template["id"], *fake.values(),
          "secretdb", "secret_table", "randomdb", "randomtable", ACCOUNTS["Owner"]["accountId"], "999999999999"]
cases = []


def probe(operation, who, function, real, fake_params):
    cases.append({"operation": operation, "who": who, "real": call(function, **real), "random": call(function, **fake_params)})


M, T, A, R = "membershipIdentifier", "configuredTableIdentifier", "configuredTableAssociationIdentifier", "analysisRuleType"
for who, c in (("outsider", outsider), ("peer", peer)):
    # The owner's configured table and its rule.
    probe("GetConfiguredTable", who, c.get_configured_table, {T: table["id"]}, {T: fake["table"]})
    probe("UpdateConfiguredTable", who, c.update_configured_table, {T: table["id"], "name": "hijack"}, {T: fake["table"], "name": "hijack"})
    probe("DeleteConfiguredTable", who, c.delete_configured_table, {T: table["id"]}, {T: fake["table"]})
    probe("CreateConfiguredTableAnalysisRule", who, c.create_configured_table_analysis_rule,
          {T: table["id"], R: "CUSTOM", "analysisRulePolicy": custom([])}, {T: fake["table"], R: "CUSTOM", "analysisRulePolicy": custom([])})
    probe("GetConfiguredTableAnalysisRule", who, c.get_configured_table_analysis_rule, {T: table["id"], R: "AGGREGATION"}, {T: fake["table"], R: "AGGREGATION"})
    probe("UpdateConfiguredTableAnalysisRule", who, c.update_configured_table_analysis_rule,
          {T: table["id"], R: "AGGREGATION", "analysisRulePolicy": rule}, {T: fake["table"], R: "AGGREGATION", "analysisRulePolicy": rule})
    probe("DeleteConfiguredTableAnalysisRule", who, c.delete_configured_table_analysis_rule, {T: table["id"], R: "AGGREGATION"}, {T: fake["table"], R: "AGGREGATION"})
    # The owner's membership and what is in it.
    real_m, fake_m = {M: mo["id"]}, {M: fake["membership"]}
    create = {T: table["id"], "name": "hijack", "roleArn": role("Owner")}
    probe("CreateConfiguredTableAssociation", who, c.create_configured_table_association, {**real_m, **create}, {**fake_m, **create})
    probe("ListConfiguredTableAssociations", who, c.list_configured_table_associations, real_m, fake_m)
    for name, function, extra in (
            ("GetConfiguredTableAssociation", c.get_configured_table_association, {}),
            ("UpdateConfiguredTableAssociation", c.update_configured_table_association, {"description": "hijack"}),
            ("DeleteConfiguredTableAssociation", c.delete_configured_table_association, {}),
            ("CreateConfiguredTableAssociationAnalysisRule", c.create_configured_table_association_analysis_rule,
             {R: "AGGREGATION", "analysisRulePolicy": receivers("aggregation", "Peer")}),
            ("GetConfiguredTableAssociationAnalysisRule", c.get_configured_table_association_analysis_rule, {R: "AGGREGATION"}),
            ("UpdateConfiguredTableAssociationAnalysisRule", c.update_configured_table_association_analysis_rule,
             {R: "AGGREGATION", "analysisRulePolicy": receivers("aggregation", "Peer")}),
            ("DeleteConfiguredTableAssociationAnalysisRule", c.delete_configured_table_association_analysis_rule, {R: "AGGREGATION"})):
        probe(name, who, function, {**real_m, A: association["id"], **extra}, {**fake_m, A: fake["association"], **extra})
    source = {"name": "hijack", "format": "SQL", "source": {"text": "SELECT 1"}}
    probe("CreateAnalysisTemplate", who, c.create_analysis_template, {**real_m, **source}, {**fake_m, **source})
    probe("ListAnalysisTemplates", who, c.list_analysis_templates, real_m, fake_m)
    for name, function, extra in (
            ("GetAnalysisTemplate", c.get_analysis_template, {}),
            ("UpdateAnalysisTemplate", c.update_analysis_template, {"description": "hijack"}),
            ("DeleteAnalysisTemplate", c.delete_analysis_template, {})):
        probe(name, who, function, {**real_m, "analysisTemplateIdentifier": template["id"], **extra},
              {**fake_m, "analysisTemplateIdentifier": fake["template"], **extra})
    # Tags of the owner's resources.
    for kind, arn, fake_arn in (("configuredtable", table["arn"], fake_table_arn), ("association", association["arn"], fake_association_arn),
                                ("template", template["arn"], fake_template_arn)):
        probe("ListTagsForResource", f"{who}/{kind}", c.list_tags_for_resource, {"resourceArn": arn}, {"resourceArn": fake_arn})
        probe("TagResource", f"{who}/{kind}", c.tag_resource, {"resourceArn": arn, "tags": {"k": "v"}}, {"resourceArn": fake_arn, "tags": {"k": "v"}})
        probe("UntagResource", f"{who}/{kind}", c.untag_resource, {"resourceArn": arn, "tagKeys": ["k"]}, {"resourceArn": fake_arn, "tagKeys": ["k"]})
    # The owner's Glue catalog.
    g = client("glue", "Outsider" if who == "outsider" else "Peer")
    probe("GetDatabase", who, g.get_database, {"Name": "secretdb"}, {"Name": "randomdb"})
    probe("DeleteDatabase", who, g.delete_database, {"Name": "secretdb"}, {"Name": "randomdb"})
    probe("GetTable", who, g.get_table, {"DatabaseName": "secretdb", "Name": "secret_table"}, {"DatabaseName": "randomdb", "Name": "randomtable"})
    probe("GetTables", who, g.get_tables, {"DatabaseName": "secretdb"}, {"DatabaseName": "randomdb"})
    probe("CreateTable", who, g.create_table, {"DatabaseName": "secretdb", "TableInput": csv_table("x", "a:string", "s3://x-bucket/x/")},
          {"DatabaseName": "randomdb", "TableInput": csv_table("x", "a:string", "s3://x-bucket/x/")})
    probe("UpdateTable", who, g.update_table, {"DatabaseName": "secretdb", "TableInput": csv_table("secret_table", "a:string", "s3://x-bucket/x/")},
          {"DatabaseName": "randomdb", "TableInput": csv_table("randomtable", "a:string", "s3://x-bucket/x/")})
    probe("DeleteTable", who, g.delete_table, {"DatabaseName": "secretdb", "Name": "secret_table"}, {"DatabaseName": "randomdb", "Name": "randomtable"})
    probe("GetDatabases", who, g.get_databases, {"CatalogId": ACCOUNTS["Owner"]["accountId"]}, {"CatalogId": "999999999999"})
    # A peer naming the owner's resources from its own membership.
    if who == "peer":
        own = {M: mp["id"]}
        probe("CreateConfiguredTableAssociation", "peer/own-membership", c.create_configured_table_association,
              {**own, **create}, {**own, **create, T: fake["table"]})
        probe("GetConfiguredTableAssociation", "peer/own-membership", c.get_configured_table_association, {**own, A: association["id"]}, {**own, A: fake["association"]})
        probe("GetAnalysisTemplate", "peer/own-membership", c.get_analysis_template,
              {**own, "analysisTemplateIdentifier": template["id"]}, {**own, "analysisTemplateIdentifier": fake["template"]})

# The collaboration-wide views: an outsider, and a member who has not joined.
for who, c in (("outsider", outsider), ("invited", invited)):
    real_c, fake_c = {"collaborationIdentifier": cid}, {"collaborationIdentifier": fake["collaboration"]}
    probe("ListSchemas", who, c.list_schemas, real_c, fake_c)
    probe("GetSchema", who, c.get_schema, {**real_c, "name": "secret_assoc"}, {**fake_c, "name": "secret_assoc"})
    probe("BatchGetSchema", who, c.batch_get_schema, {**real_c, "names": ["secret_assoc"]}, {**fake_c, "names": ["secret_assoc"]})
    probe("GetSchemaAnalysisRule", who, c.get_schema_analysis_rule, {**real_c, "name": "secret_assoc", "type": "AGGREGATION"},
          {**fake_c, "name": "secret_assoc", "type": "AGGREGATION"})
    requests = [{"name": "secret_assoc", "type": "AGGREGATION"}]
    probe("BatchGetSchemaAnalysisRule", who, c.batch_get_schema_analysis_rule, {**real_c, "schemaAnalysisRuleRequests": requests},
          {**fake_c, "schemaAnalysisRuleRequests": requests})
    probe("ListCollaborationAnalysisTemplates", who, c.list_collaboration_analysis_templates, real_c, fake_c)
    probe("GetCollaborationAnalysisTemplate", who, c.get_collaboration_analysis_template, {**real_c, "analysisTemplateArn": template["arn"]},
          {**fake_c, "analysisTemplateArn": fake_template_arn})
    probe("BatchGetCollaborationAnalysisTemplate", who, c.batch_get_collaboration_analysis_template, {**real_c, "analysisTemplateArns": [template["arn"]]},
          {**fake_c, "analysisTemplateArns": [fake_template_arn]})


def mask(text):
    for value in masked:
        text = text.replace(value, "<masked>")
    return text


for case in cases:
    for key in ("real", "random"):
        error = case[key].get("error")
        if error:
            for field in ("message", "resourceId"):
                if field in error:
                    error[field] = mask(error[field] or "")

state = {
    "owner_table": call(owner.get_configured_table, configuredTableIdentifier=table["id"]),
    "owner_rule": call(owner.get_configured_table_analysis_rule, configuredTableIdentifier=table["id"], analysisRuleType="AGGREGATION"),
    "owner_association": call(owner.get_configured_table_association, membershipIdentifier=mo["id"], configuredTableAssociationIdentifier=association["id"]),
    "owner_association_rule": call(owner.get_configured_table_association_analysis_rule, membershipIdentifier=mo["id"],
                                   configuredTableAssociationIdentifier=association["id"], analysisRuleType="AGGREGATION"),
    "owner_template": call(owner.get_analysis_template, membershipIdentifier=mo["id"], analysisTemplateIdentifier=template["id"]),
    "owner_tags": call(owner.list_tags_for_resource, resourceArn=table["arn"]),
    "owner_glue_table": call(owner_glue.get_table, DatabaseName="secretdb", Name="secret_table"),
    "outsider_tables": call(outsider.list_configured_tables),
    "peer_tables": call(peer.list_configured_tables),
    "peer_schema": call(peer.get_schema, collaborationIdentifier=cid, name="secret_assoc"),
    "peer_associations": call(peer.list_configured_table_associations, membershipIdentifier=mp["id"]),
}
emit({"cases": cases, "state": state, "secrets": ["Secret project name", "Secret table", "secret_col", "secret_template_marker", ACCOUNTS["Owner"]["accountId"]]})
