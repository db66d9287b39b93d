"""Glue and Logs through boto3 against handlers a test registered: output members, modelled errors, unknown targets."""
from cleanroom_test import call, client, emit

glue = client("glue", "A")
logs = client("logs", "A")
emit({
    "glue_get_partitions": call(glue.get_partitions, DatabaseName="sales", TableName="orders"),
    "glue_get_partition_missing": call(glue.get_partition, DatabaseName="sales", TableName="missing", PartitionValues=["2024-02"]),
    "glue_unregistered": call(glue.get_connections),
    "logs_describe_destinations": call(logs.describe_destinations, DestinationNamePrefix="/cleanroom"),
})
