"""CloudWatch Logs API over the query logs the server wrote: listing groups and streams, paging events both ways,
filtering, ownership, refused writes, and deleting a group."""
from cleanroom_test import ACCOUNTS, ARGS, call, client, emit

a = client("logs", "A")
b = client("logs", "B")
shared, private = "/aws/cleanrooms/" + ARGS["shared"], "/aws/cleanrooms/" + ARGS["private"]
out = {}

out["groups"] = call(a.describe_log_groups, logGroupNamePrefix="/aws/cleanrooms/")
first = a.describe_log_groups(limit=1)
out["groups_page1"] = [group["logGroupName"] for group in first["logGroups"]]
out["groups_page2"] = [group["logGroupName"] for group in a.describe_log_groups(limit=1, nextToken=first["nextToken"])["logGroups"]]
out["groups_pattern"] = [group["logGroupName"] for group in a.describe_log_groups(logGroupNamePattern=ARGS["private"][:8])["logGroups"]]
out["groups_b"] = [group["logGroupName"] for group in b.describe_log_groups()["logGroups"]]
out["groups_bad_token"] = call(a.describe_log_groups, nextToken="%%%")

out["streams"] = call(a.describe_log_streams, logGroupName=shared)
out["streams_by_time"] = [s["logStreamName"] for s in a.describe_log_streams(logGroupName=shared, orderBy="LastEventTime", descending=True)["logStreams"]]
out["streams_prefix"] = [s["logStreamName"] for s in a.describe_log_streams(logGroupName=shared, logStreamNamePrefix="2024/04")["logStreams"]]
out["streams_prefix_and_time"] = call(a.describe_log_streams, logGroupName=shared, logStreamNamePrefix="2024", orderBy="LastEventTime")
page = a.describe_log_streams(logGroupName=shared, limit=1)
out["streams_paged"] = [page["logStreams"][0]["logStreamName"]] + [s["logStreamName"] for s in a.describe_log_streams(logGroupName=shared, limit=1, nextToken=page["nextToken"])["logStreams"]]
arn = out["groups"]["ok"]["logGroups"][0]["logGroupArn"] if "ok" in out["groups"] else None
out["streams_by_arn"] = call(a.describe_log_streams, logGroupIdentifier=shared)


def ids(response):
    import json
    return [json.loads(event["message"])["eventId"] for event in response["events"]]


# Newest first when not from the head: the last page of the window, in ascending order.
latest = a.get_log_events(logGroupName=shared, logStreamName="2024/03", limit=2)
out["latest"] = ids(latest)
earlier = a.get_log_events(logGroupName=shared, logStreamName="2024/03", limit=2, nextToken=latest["nextBackwardToken"])
out["earlier"] = ids(earlier)
out["before_start"] = ids(a.get_log_events(logGroupName=shared, logStreamName="2024/03", limit=2, nextToken=earlier["nextBackwardToken"]))
head = a.get_log_events(logGroupName=shared, logStreamName="2024/03", startFromHead=True, limit=3)
out["head"] = ids(head)
rest = a.get_log_events(logGroupName=shared, logStreamName="2024/03", nextToken=head["nextForwardToken"])
out["rest"] = ids(rest)
end = a.get_log_events(logGroupName=shared, logStreamName="2024/03", nextToken=rest["nextForwardToken"])
out["end"] = {"events": ids(end), "same_token": end["nextForwardToken"] == rest["nextForwardToken"]}
out["window"] = ids(a.get_log_events(logGroupName=shared, logStreamName="2024/03", startFromHead=True,
                                     startTime=ARGS["q2_time"], endTime=ARGS["q4_time"]))
out["tokens"] = {"forward": head["nextForwardToken"][:2], "backward": head["nextBackwardToken"][:2]}
out["bad_token"] = call(a.get_log_events, logGroupName=shared, logStreamName="2024/03", nextToken="x/123")
out["missing_stream"] = call(a.get_log_events, logGroupName=shared, logStreamName="1999/01")

out["filter_all"] = ids(a.filter_log_events(logGroupName=shared))
out["filter_paged"] = []
token = None
while True:
    response = a.filter_log_events(logGroupName=shared, filterPattern="SQL", limit=2, **({"nextToken": token} if token else {}))
    out["filter_paged"].append(ids(response))
    token = response.get("nextToken")
    if not token:
        break
out["filter_stream_names"] = ids(a.filter_log_events(logGroupName=shared, logStreamNames=["2024/04"]))
out["filter_stream_prefix"] = ids(a.filter_log_events(logGroupName=shared, logStreamNamePrefix="2024/0", filterPattern="{ $.rows > 10 }"))
out["filter_time"] = ids(a.filter_log_events(logGroupName=shared, startTime=ARGS["q2_time"], endTime=ARGS["q4_time"] + 1))
out["filter_event_fields"] = a.filter_log_events(logGroupName=shared, filterPattern="{ $.eventId = \"q5\" }")["events"][0]
out["filter_invalid"] = call(a.filter_log_events, logGroupName=shared, filterPattern="{ $.rows > }")
out["filter_names_and_prefix"] = call(a.filter_log_events, logGroupName=shared, logStreamNames=["2024/03"], logStreamNamePrefix="2024")

# Another account: its own copy of the shared group only; A's private group and A's ARNs do not exist for it.
out["b_shared"] = ids(b.filter_log_events(logGroupName=shared))
out["b_private_events"] = call(b.get_log_events, logGroupName=private, logStreamName="2024/03")
out["b_private_filter"] = call(b.filter_log_events, logGroupName=private)
out["b_private_streams"] = call(b.describe_log_streams, logGroupName=private)
out["b_private_delete"] = call(b.delete_log_group, logGroupName=private)
a_arn = f"arn:aws:logs:us-east-1:{ACCOUNTS['A']['accountId']}:log-group:{private}"
out["b_by_a_arn"] = call(b.filter_log_events, logGroupIdentifier=a_arn)
out["a_by_own_arn"] = ids(a.filter_log_events(logGroupIdentifier=a_arn + ":*"))

# Clients cannot write query logs.
out["put_log_events"] = call(a.put_log_events, logGroupName=shared, logStreamName="2024/03", logEvents=[{"timestamp": 1, "message": "forged"}])
out["create_log_group"] = call(a.create_log_group, logGroupName="/aws/cleanrooms/forged")
out["create_log_stream"] = call(a.create_log_stream, logGroupName=shared, logStreamName="forged")

out["delete"] = call(a.delete_log_group, logGroupName=private)
out["after_delete"] = call(a.describe_log_streams, logGroupName=private)
out["delete_again"] = call(a.delete_log_group, logGroupName=private)
emit(out)
