"""What a member sees after deleting a query-log group: nothing while logging stays off, the group again once resumed."""
from cleanroom_test import ARGS, call, client, emit

a = client("logs", "A")
private = "/aws/cleanrooms/" + ARGS["private"]
emit({
    "groups": [group["logGroupName"] for group in a.describe_log_groups(logGroupNamePrefix=private)["logGroups"]],
    "streams": call(a.describe_log_streams, logGroupName=private),
})
