"""The Glue-compatible catalog through boto3: databases and tables, names folded to lower case, paging,
filtering, versions, per-account catalogs, refusals, and tables a configured table depends on."""
from cleanroom_test import ACCOUNTS, call, client, emit
from control_plane import csv_table, parquet_table

glue, glue_b = client("glue", "A"), client("glue", "B")
unchecked = client("glue", "A", validate=False)
cleanrooms = client("cleanrooms", "A")
out = {}

out["create_db"] = call(glue.create_database, DatabaseInput={"Name": "Sales", "Description": "Orders", "LocationUri": "s3://sales-bucket/", "Parameters": {"owner": "ops"}}, Tags={"env": "test"})
out["create_db_again"] = call(glue.create_database, DatabaseInput={"Name": "SALES"})
out["get_db"] = call(glue.get_database, Name="SALES")
for name in ("archive", "zeta"):
    glue.create_database(DatabaseInput={"Name": name})
out["dbs_page1"] = call(glue.get_databases, MaxResults=2)
out["dbs_page2"] = call(glue.get_databases, MaxResults=2, NextToken=out["dbs_page1"]["ok"]["NextToken"])
out["dbs_forged_token"] = call(glue.get_databases, NextToken="AAAA")
out["b_dbs"] = call(glue_b.get_databases)
out["b_get_db"] = call(glue_b.get_database, Name="sales")
out["other_catalog"] = call(glue.get_databases, CatalogId=ACCOUNTS["B"]["accountId"])
out["own_catalog"] = call(glue.get_database, CatalogId=ACCOUNTS["A"]["accountId"], Name="sales")

orders = csv_table("Orders", "order_id:string customer_id:string amount:double", "s3://sales-bucket/orders/")
out["table_missing_db"] = call(glue.create_table, DatabaseName="nowhere", TableInput=orders)
out["create_table"] = call(glue.create_table, DatabaseName="sales", TableInput=orders)
out["create_table_again"] = call(glue.create_table, DatabaseName="sales", TableInput=dict(orders, Name="ORDERS"))
glue.create_table(DatabaseName="sales", TableInput=parquet_table("order_lines", "order_id:string sku:string", "s3://sales-bucket/lines/"))
glue.create_table(DatabaseName="sales", TableInput=parquet_table("returns", "order_id:string", "s3://sales-bucket/returns/"))
json_table = dict(orders, Name="events")
json_table["StorageDescriptor"] = dict(orders["StorageDescriptor"], SerdeInfo={"SerializationLibrary": "org.openx.data.jsonserde.JsonSerDe"})
out["unsupported_format"] = call(glue.create_table, DatabaseName="sales", TableInput=json_table)
out["name_too_long"] = call(unchecked.create_table, DatabaseName="sales", TableInput=dict(orders, Name="t" * 256))
out["no_table_input"] = call(unchecked.create_table, DatabaseName="sales")
out["iceberg"] = call(glue.create_table, DatabaseName="sales", TableInput=dict(orders, Name="ice"),
                     OpenTableFormatInput={"IcebergInput": {"MetadataOperation": "CREATE", "Version": "2"}})
out["names_disagree"] = call(unchecked.create_table, DatabaseName="sales", Name="other", TableInput=dict(orders, Name="mine"))
out["get_table"] = call(glue.get_table, DatabaseName="sales", Name="ORDERS")
out["get_missing_table"] = call(glue.get_table, DatabaseName="sales", Name="nothing")
out["tables_filtered"] = call(glue.get_tables, DatabaseName="sales", Expression="order.*")
out["tables_hive_pattern"] = call(glue.get_tables, DatabaseName="sales", Expression="ret*|orders")
out["tables_page1"] = call(glue.get_tables, DatabaseName="sales", MaxResults=2)
out["tables_page2"] = call(glue.get_tables, DatabaseName="sales", MaxResults=2, NextToken=out["tables_page1"]["ok"]["NextToken"])
out["tables_bad_expression"] = call(glue.get_tables, DatabaseName="sales", Expression="(")

wider = csv_table("orders", "order_id:string customer_id:string amount:double channel:string", "s3://sales-bucket/orders/")
out["update_table"] = call(glue.update_table, DatabaseName="sales", TableInput=wider, VersionId="1")
out["update_stale"] = call(glue.update_table, DatabaseName="sales", TableInput=wider, VersionId="1")
out["update_unsupported"] = call(glue.update_table, DatabaseName="sales", TableInput=json_table | {"Name": "orders"})
out["get_updated"] = call(glue.get_table, DatabaseName="sales", Name="orders")
out["delete_returns"] = call(glue.delete_table, DatabaseName="sales", Name="returns")
out["get_deleted"] = call(glue.get_table, DatabaseName="sales", Name="returns")

# A configured table pins the Glue table: it cannot go, nor lose an allowed column.
configured = cleanrooms.create_configured_table(name="orders", tableReference={"glue": {"databaseName": "sales", "tableName": "orders"}},
                                                allowedColumns=["order_id", "channel"], analysisMethod="DIRECT_QUERY")["configuredTable"]
narrower = csv_table("orders", "order_id:string amount:double", "s3://sales-bucket/orders/")
out["drop_allowed_column"] = call(glue.update_table, DatabaseName="sales", TableInput=narrower)
out["keep_allowed_columns"] = call(glue.update_table, DatabaseName="sales", TableInput=csv_table("orders", "order_id:string channel:string", "s3://sales-bucket/new/"))
out["delete_used_table"] = call(glue.delete_table, DatabaseName="sales", Name="orders")
out["delete_used_database"] = call(glue.delete_database, Name="sales")
cleanrooms.delete_configured_table(configuredTableIdentifier=configured["id"])
out["delete_database"] = call(glue.delete_database, Name="sales")
out["tables_after_delete"] = call(glue.get_tables, DatabaseName="sales")
out["delete_missing_database"] = call(glue.delete_database, Name="sales")
emit(out)
