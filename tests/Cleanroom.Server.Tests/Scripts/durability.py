"""args.phase = "write": creates args.count collaborations (one request each, acknowledged) and reports their ids;
args.phase = "read": lists everything the account can see."""
from cleanroom_test import ARGS, call, client, collaboration_request, emit, member

a = client("cleanrooms", "A")
if ARGS["phase"] == "write":
    ids = []
    for index in range(ARGS["count"]):
        response = a.create_collaboration(**collaboration_request(f"Durable {index}", [member("B", [])], creator_abilities=[]))
        ids.append(response["collaboration"]["id"])
    membership = a.create_membership(collaborationIdentifier=ids[0], queryLogStatus="DISABLED")["membership"]
    a.tag_resource(resourceArn=membership["arn"], tags={"durable": "yes"})
    emit({"ids": ids, "membership": membership["id"], "membershipArn": membership["arn"]})
else:
    collaborations = []
    token = None
    while True:
        page = a.list_collaborations(maxResults=7, **({"nextToken": token} if token else {}))
        collaborations.extend(item["id"] for item in page["collaborationList"])
        token = page.get("nextToken")
        if not token:
            break
    emit({
        "ids": collaborations,
        "membership": call(a.get_membership, membershipIdentifier=ARGS["membership"]),
        "tags": call(a.list_tags_for_resource, resourceArn=ARGS["membershipArn"]),
        "as_b": call(client("cleanrooms", "B").list_collaborations, memberStatus="INVITED"),
    })
