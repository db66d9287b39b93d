"""The seed deck's setup end to end: A (advertiser) creates a collaboration inviting B (retailer) to query and
receive results; both join; both catalog their data in Glue (A: CSV with a header, B: Parquet with a partition
key), configure tables with AGGREGATION rules, associate them with collaboration rules and read the schemas;
then LIST and CUSTOM variants and analysis templates. Prints every observation."""
from cleanroom_test import ACCOUNTS, call, client, collaboration_request, emit, member
from control_plane import aggregation, csv_table, custom, listing, parquet_table, receivers, role

a, b = client("cleanrooms", "A"), client("cleanrooms", "B")
glue_a, glue_b = client("glue", "A"), client("glue", "B")
B_ID = ACCOUNTS["B"]["accountId"]
out = {}

created = a.create_collaboration(**collaboration_request(
    "Segment analysis of B's buyers", [member("B", ["CAN_QUERY", "CAN_RECEIVE_RESULTS"], "Company B")], creator_abilities=[]))["collaboration"]
cid = created["id"]
out["b_join"] = call(b.create_membership, collaborationIdentifier=cid, queryLogStatus="DISABLED")
out["a_join"] = call(a.create_membership, collaborationIdentifier=cid, queryLogStatus="DISABLED")
ma, mb = out["a_join"]["ok"]["membership"]["id"], out["b_join"]["ok"]["membership"]["id"]

# Each company catalogs its own data.
out["a_database"] = call(glue_a.create_database, DatabaseInput={"Name": "AdTech", "Description": "Ad exposure logs", "Parameters": {"team": "media"}})
exposures = csv_table("Exposures", "user_id:string segment:string campaign:string exposure_date:date", "s3://a-exposures/exposures/")
out["a_table"] = call(glue_a.create_table, DatabaseName="adtech", TableInput=exposures)
out["a_get_table"] = call(glue_a.get_table, DatabaseName="ADTECH", Name="exposures")
out["b_database"] = call(glue_b.create_database, DatabaseInput={"Name": "retail"})
purchases = parquet_table("purchases", "user_id:string category:string amount:decimal(10,2) purchase_date:date", "s3://b-purchases/purchases/", partitions="dt:string")
out["b_table"] = call(glue_b.create_table, DatabaseName="retail", TableInput=purchases)
out["b_sees_a_database"] = call(glue_b.get_database, Name="adtech")

# Configured tables with AGGREGATION rules.
a_rule = aggregation([("user_id", "COUNT_DISTINCT")], ["user_id"], ["segment", "campaign"], "user_id", 100, join_required="QUERY_RUNNER")
b_rule = aggregation([("amount", "SUM"), ("user_id", "COUNT_DISTINCT")], ["user_id"], ["category", "dt"], "user_id", 50, scalar=["TRUNC"])
out["a_configured"] = call(a.create_configured_table, name="A exposures", description="Who saw which campaign",
                           tableReference={"glue": {"databaseName": "adtech", "tableName": "exposures"}},
                           allowedColumns=["user_id", "segment", "campaign"], analysisMethod="DIRECT_QUERY", tags={"team": "media"})
out["b_configured"] = call(b.create_configured_table, name="B purchases",
                           tableReference={"glue": {"databaseName": "retail", "tableName": "purchases", "region": "us-east-1"}},
                           allowedColumns=["user_id", "category", "amount", "dt"], analysisMethod="DIRECT_QUERY")
ta, tb = out["a_configured"]["ok"]["configuredTable"], out["b_configured"]["ok"]["configuredTable"]
out["a_rule"] = call(a.create_configured_table_analysis_rule, configuredTableIdentifier=ta["id"], analysisRuleType="AGGREGATION", analysisRulePolicy=a_rule)
out["b_rule"] = call(b.create_configured_table_analysis_rule, configuredTableIdentifier=tb["id"], analysisRuleType="AGGREGATION", analysisRulePolicy=b_rule)
out["a_get_rule"] = call(a.get_configured_table_analysis_rule, configuredTableIdentifier=ta["id"], analysisRuleType="AGGREGATION")
out["a_get_configured"] = call(a.get_configured_table, configuredTableIdentifier=ta["id"])
out["a_list_configured"] = call(a.list_configured_tables)

# Associations; before A's collaboration rule exists its schema is NOT_READY (X9).
out["a_associate"] = call(a.create_configured_table_association, membershipIdentifier=ma, configuredTableIdentifier=ta["id"],
                          name="exposures", description="A's exposures", roleArn=role("A"), tags={"side": "a"})
out["b_associate"] = call(b.create_configured_table_association, membershipIdentifier=mb, configuredTableIdentifier=tb["id"],
                          name="purchases", roleArn=role("B"))
aa, ab = out["a_associate"]["ok"]["configuredTableAssociation"], out["b_associate"]["ok"]["configuredTableAssociation"]
out["schema_before_rule"] = call(b.get_schema, collaborationIdentifier=cid, name="exposures")
out["a_association_rule"] = call(a.create_configured_table_association_analysis_rule, membershipIdentifier=ma,
                                 configuredTableAssociationIdentifier=aa["id"], analysisRuleType="AGGREGATION",
                                 analysisRulePolicy=receivers("aggregation", "B"))
out["b_association_rule"] = call(b.create_configured_table_association_analysis_rule, membershipIdentifier=mb,
                                 configuredTableAssociationIdentifier=ab["id"], analysisRuleType="AGGREGATION",
                                 analysisRulePolicy=receivers("aggregation", "B"))
out["a_get_association"] = call(a.get_configured_table_association, membershipIdentifier=ma, configuredTableAssociationIdentifier=aa["id"])
out["a_list_associations"] = call(a.list_configured_table_associations, membershipIdentifier=ma)
out["a_update_association"] = call(a.update_configured_table_association, membershipIdentifier=ma,
                                   configuredTableAssociationIdentifier=aa["id"], description="Exposures, v2")
out["a_get_association_rule"] = call(a.get_configured_table_association_analysis_rule, membershipIdentifier=ma,
                                     configuredTableAssociationIdentifier=aa["id"], analysisRuleType="AGGREGATION")

# Both companies read the collaboration's schemas.
for who, c in (("a", a), ("b", b)):
    out[f"{who}_schemas"] = call(c.list_schemas, collaborationIdentifier=cid)
    out[f"{who}_schema_exposures"] = call(c.get_schema, collaborationIdentifier=cid, name="exposures")
    out[f"{who}_schema_purchases"] = call(c.get_schema, collaborationIdentifier=cid, name="PURCHASES")
out["batch_schemas"] = call(b.batch_get_schema, collaborationIdentifier=cid, names=["exposures", "purchases", "missing"])
out["schema_rule"] = call(b.get_schema_analysis_rule, collaborationIdentifier=cid, name="exposures", type="AGGREGATION")
out["batch_schema_rules"] = call(b.batch_get_schema_analysis_rule, collaborationIdentifier=cid,
                                 schemaAnalysisRuleRequests=[{"name": "purchases", "type": "AGGREGATION"}, {"name": "purchases", "type": "LIST"}])
out["schemas_id_mapping"] = call(b.list_schemas, collaborationIdentifier=cid, schemaType="ID_MAPPING_TABLE")

# LIST and CUSTOM variants: A offers a LIST view of its exposures, B a CUSTOM view of its purchases.
out["a_list_table"] = call(a.create_configured_table, name="A exposure list", tableReference={"glue": {"databaseName": "adtech", "tableName": "exposures"}},
                           allowedColumns=["user_id", "segment"], analysisMethod="DIRECT_QUERY")
tl = out["a_list_table"]["ok"]["configuredTable"]
out["a_list_rule"] = call(a.create_configured_table_analysis_rule, configuredTableIdentifier=tl["id"], analysisRuleType="LIST", analysisRulePolicy=listing(["user_id"], ["segment"]))
out["b_custom_table"] = call(b.create_configured_table, name="B custom", tableReference={"glue": {"databaseName": "retail", "tableName": "purchases"}},
                             allowedColumns=["user_id", "category", "amount"], analysisMethod="MULTIPLE", selectedAnalysisMethods=["DIRECT_QUERY", "DIRECT_JOB"])
tc = out["b_custom_table"]["ok"]["configuredTable"]
out["b_custom_rule"] = call(b.create_configured_table_analysis_rule, configuredTableIdentifier=tc["id"], analysisRuleType="CUSTOM",
                            analysisRulePolicy=custom(["ANY_QUERY"], [B_ID], ["user_id"]))
la = call(a.create_configured_table_association, membershipIdentifier=ma, configuredTableIdentifier=tl["id"], name="exposure_list", roleArn=role("A"))["ok"]["configuredTableAssociation"]
call(a.create_configured_table_association_analysis_rule, membershipIdentifier=ma, configuredTableAssociationIdentifier=la["id"],
     analysisRuleType="LIST", analysisRulePolicy=receivers("list", "B"))
ca = call(b.create_configured_table_association, membershipIdentifier=mb, configuredTableIdentifier=tc["id"], name="purchases_custom", roleArn=role("B"))["ok"]["configuredTableAssociation"]
call(b.create_configured_table_association_analysis_rule, membershipIdentifier=mb, configuredTableAssociationIdentifier=ca["id"],
     analysisRuleType="CUSTOM", analysisRulePolicy=receivers("custom", "B"))
out["schema_list"] = call(b.get_schema, collaborationIdentifier=cid, name="exposure_list")
out["schema_custom"] = call(a.get_schema, collaborationIdentifier=cid, name="purchases_custom")
out["schema_custom_rule"] = call(a.get_schema_analysis_rule, collaborationIdentifier=cid, name="purchases_custom", type="CUSTOM")

# Analysis templates: B writes one; the collaboration lists and reads it; A approves it on a CUSTOM table.
sql = ("SELECT e.segment, SUM(p.amount) AS spend FROM exposures e JOIN purchases_custom p ON e.user_id = p.user_id "
       "WHERE p.amount >= :min_amount GROUP BY e.segment")
out["b_template"] = call(b.create_analysis_template, membershipIdentifier=mb, name="spend_by_segment", format="SQL", source={"text": sql},
                         description="Spend per exposed segment", analysisParameters=[{"name": "min_amount", "type": "DECIMAL", "defaultValue": "10.50"}],
                         tags={"kind": "report"})
template = out["b_template"]["ok"]["analysisTemplate"]
out["b_template_listed_tables"] = call(b.create_analysis_template, membershipIdentifier=mb, name="segments", format="SQL",
                                       source={"text": "WITH s AS (SELECT segment FROM Exposures) SELECT COUNT(*) FROM s"},
                                       schema={"referencedTables": ["EXPOSURES"]})
out["b_get_template"] = call(b.get_analysis_template, membershipIdentifier=mb, analysisTemplateIdentifier=template["id"])
out["b_list_templates"] = call(b.list_analysis_templates, membershipIdentifier=mb)
out["b_update_template"] = call(b.update_analysis_template, membershipIdentifier=mb, analysisTemplateIdentifier=template["id"], description="Spend, v2")
out["a_collaboration_templates"] = call(a.list_collaboration_analysis_templates, collaborationIdentifier=cid)
out["a_collaboration_template"] = call(a.get_collaboration_analysis_template, collaborationIdentifier=cid, analysisTemplateArn=template["arn"])
out["a_batch_templates"] = call(a.batch_get_collaboration_analysis_template, collaborationIdentifier=cid,
                                analysisTemplateArns=[template["arn"], template["arn"].replace(template["id"], "00000000-0000-0000-0000-000000000000")])
ts = call(a.create_configured_table, name="A approvals", tableReference={"glue": {"databaseName": "adtech", "tableName": "exposures"}},
          allowedColumns=["user_id", "segment"], analysisMethod="DIRECT_QUERY")["ok"]["configuredTable"]
call(a.create_configured_table_analysis_rule, configuredTableIdentifier=ts["id"], analysisRuleType="CUSTOM", analysisRulePolicy=custom([]))
sa = call(a.create_configured_table_association, membershipIdentifier=ma, configuredTableIdentifier=ts["id"], name="exposures_approved", roleArn=role("A"))["ok"]["configuredTableAssociation"]
call(a.create_configured_table_association_analysis_rule, membershipIdentifier=ma, configuredTableAssociationIdentifier=sa["id"],
     analysisRuleType="CUSTOM", analysisRulePolicy=receivers("custom", "B"))
out["approval_schema_before"] = call(b.get_schema, collaborationIdentifier=cid, name="exposures_approved")
out["a_approves"] = call(a.update_configured_table_analysis_rule, configuredTableIdentifier=ts["id"], analysisRuleType="CUSTOM",
                         analysisRulePolicy=custom([template["arn"]]))
out["approval_schema_after"] = call(b.get_schema, collaborationIdentifier=cid, name="exposures_approved")

# Tags on the new resource kinds.
out["tags_configured"] = call(a.list_tags_for_resource, resourceArn=ta["arn"])
out["tags_association"] = call(a.list_tags_for_resource, resourceArn=aa["arn"])
out["tags_template"] = call(b.list_tags_for_resource, resourceArn=template["arn"])
out["tag_template"] = call(b.tag_resource, resourceArn=template["arn"], tags={"stage": "review"})
out["tags_template_after"] = call(b.list_tags_for_resource, resourceArn=template["arn"])
emit({"out": out, "ids": {"collaboration": cid, "a_table": ta["id"], "b_table": tb["id"], "template_arn": template["arn"]}})
