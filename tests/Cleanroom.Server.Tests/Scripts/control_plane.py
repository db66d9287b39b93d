"""Building blocks for the control-plane scripts: Glue tables, configured tables, analysis rules, associations
and a two-company collaboration (the seed deck's A and B)."""
from cleanroom_test import ACCOUNTS, client, collaboration_request, member

OPEN_CSV = "org.apache.hadoop.hive.serde2.OpenCSVSerde"
LAZY_SIMPLE = "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe"
PARQUET = "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"
ROLE = "arn:aws:iam::{account}:role/cleanroom-reader"


def columns(spec):
    """'user_id:string amount:decimal(10,2)' -> Glue columns."""
    return [{"Name": name, "Type": kind} for name, kind in (item.split(":", 1) for item in spec.split())]


def csv_table(name, spec, location, header=True, partitions=None, serde=OPEN_CSV):
    table = {
        "Name": name,
        "TableType": "EXTERNAL_TABLE",
        "Parameters": {"classification": "csv", "skip.header.line.count": "1" if header else "0"},
        "StorageDescriptor": {
            "Columns": columns(spec),
            "Location": location,
            "InputFormat": "org.apache.hadoop.mapred.TextInputFormat",
            "OutputFormat": "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat",
            "SerdeInfo": {"SerializationLibrary": serde, "Parameters": {"separatorChar": ","} if serde == OPEN_CSV else {"field.delim": ","}},
        },
    }
    if partitions:
        table["PartitionKeys"] = columns(partitions)
    return table


def parquet_table(name, spec, location, partitions=None):
    table = {
        "Name": name,
        "TableType": "EXTERNAL_TABLE",
        "Parameters": {"classification": "parquet"},
        "StorageDescriptor": {
            "Columns": columns(spec),
            "Location": location,
            "InputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
            "OutputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
            "SerdeInfo": {"SerializationLibrary": PARQUET},
        },
    }
    if partitions:
        table["PartitionKeys"] = columns(partitions)
    return table


def glue_table(account, database, table_input):
    """Creates the database (if needed) and the table in the account's catalog."""
    glue = client("glue", account)
    if database not in [d["Name"] for d in glue.get_databases()["DatabaseList"]]:
        glue.create_database(DatabaseInput={"Name": database})
    glue.create_table(DatabaseName=database, TableInput=table_input)


def configured_table(account, name, database, table, allowed, **extra):
    request = {
        "name": name,
        "tableReference": {"glue": {"databaseName": database, "tableName": table}},
        "allowedColumns": allowed,
        "analysisMethod": "DIRECT_QUERY",
    }
    request.update(extra)
    return client("cleanrooms", account).create_configured_table(**request)["configuredTable"]


def aggregation(aggregate, join, dimensions, threshold_column, minimum=100, join_required=None, scalar=()):
    rule = {
        "aggregateColumns": [{"columnNames": [column], "function": function} for column, function in aggregate],
        "joinColumns": list(join),
        "dimensionColumns": list(dimensions),
        "scalarFunctions": list(scalar),
        "outputConstraints": [{"columnName": threshold_column, "minimum": minimum, "type": "COUNT_DISTINCT"}],
    }
    if join_required:
        rule["joinRequired"] = join_required
    return {"v1": {"aggregation": rule}}


def listing(join, listed):
    return {"v1": {"list": {"joinColumns": list(join), "listColumns": list(listed)}}}


def custom(analyses, providers=None, disallowed=None):
    rule = {"allowedAnalyses": list(analyses)}
    if providers is not None:
        rule["allowedAnalysisProviders"] = list(providers)
    if disallowed is not None:
        rule["disallowedOutputColumns"] = list(disallowed)
    return {"v1": {"custom": rule}}


def receivers(kind, *accounts):
    return {"v1": {kind: {"allowedResultReceivers": [ACCOUNTS[a]["accountId"] for a in accounts]}}}


def role(account):
    return ROLE.format(account=ACCOUNTS[account]["accountId"])


def collaboration(name, creator, querier, others=(), creator_abilities=()):
    """The creator invites the querier (CAN_QUERY + CAN_RECEIVE_RESULTS) and others; everyone joins.
    Returns (collaboration, {account: membership})."""
    members = [member(querier, ["CAN_QUERY", "CAN_RECEIVE_RESULTS"])] + [member(other, []) for other in others]
    created = client("cleanrooms", creator).create_collaboration(
        **collaboration_request(name, members, creator_abilities=creator_abilities))["collaboration"]
    memberships = {}
    for account in (creator, querier, *others):
        memberships[account] = client("cleanrooms", account).create_membership(
            collaborationIdentifier=created["id"], queryLogStatus="DISABLED")["membership"]
    return created, memberships


def associate(account, membership, table, name, kind=None, *receivers_of):
    c = client("cleanrooms", account)
    association = c.create_configured_table_association(
        membershipIdentifier=membership["id"], configuredTableIdentifier=table["id"], name=name, roleArn=role(account))["configuredTableAssociation"]
    if kind:
        c.create_configured_table_association_analysis_rule(
            membershipIdentifier=membership["id"], configuredTableAssociationIdentifier=association["id"],
            analysisRuleType=kind.upper(), analysisRulePolicy=receivers(kind, *receivers_of))
    return association
