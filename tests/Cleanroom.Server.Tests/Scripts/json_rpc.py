"""Glue and Logs through boto3 against handlers a test registered: output members, modelled errors, unknown targets."""
from cleanroom_test import call, client, emit

glue = client("glue", "A")
logs = client("logs", "A")
emit({
    "glue_get_databases": call(glue.get_databases),
    "glue_get_database_missing": call(glue.get_database, Name="missing"),
    "glue_unregistered": call(glue.get_tables, DatabaseName="x"),
    "logs_describe_destinations": call(logs.describe_destinations, DestinationNamePrefix="/cleanroom"),
})
