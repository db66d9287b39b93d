"""For every Clean Rooms operation Cleanroom implements: an outsider, and a member who does not own the
resource, are refused and learn nothing: the error is the one a random id gets (ids in messages masked)."""
from cleanroom_test import ACCOUNTS, call, client, collaboration_request, emit, member, random_id

owner = client("cleanrooms", "Owner")
peer = client("cleanrooms", "Peer")
outsider = client("cleanrooms", "Outsider")

collaboration = owner.create_collaboration(**collaboration_request(
    "Secret project name", [member("Peer", ["CAN_QUERY", "CAN_RECEIVE_RESULTS"])]))["collaboration"]
collaboration_id = collaboration["id"]
owner_membership = owner.create_membership(collaborationIdentifier=collaboration_id, queryLogStatus="DISABLED")["membership"]
peer_membership = peer.create_membership(collaborationIdentifier=collaboration_id, queryLogStatus="DISABLED")["membership"]


def probe(name, who, function, real, fake):
    """Calls with the real resource and with a random one; both results go out for the C# test to compare."""
    return {"operation": name, "who": who, "real": call(function, **real), "random": call(function, **fake)}


def mask(text, ids):
    for value in ids:
        text = text.replace(value, "<id>")
    return text


cases = []
random_collaboration = random_id()
random_membership = random_id()
collaboration_arn = collaboration["arn"]
random_collaboration_arn = collaboration_arn.replace(collaboration_id, random_collaboration)
owner_membership_arn = owner_membership["arn"]
random_membership_arn = owner_membership_arn.replace(owner_membership["id"], random_membership)
for who, c in (("outsider", outsider), ("peer", peer)):
    # Collaboration-level operations a non-creator may not perform (the peer may read the collaboration).
    if who == "outsider":
        cases.append(probe("GetCollaboration", who, c.get_collaboration, {"collaborationIdentifier": collaboration_id}, {"collaborationIdentifier": random_collaboration}))
        cases.append(probe("ListMembers", who, c.list_members, {"collaborationIdentifier": collaboration_id}, {"collaborationIdentifier": random_collaboration}))
        cases.append(probe("CreateMembership", who, c.create_membership,
                           {"collaborationIdentifier": collaboration_id, "queryLogStatus": "DISABLED"},
                           {"collaborationIdentifier": random_collaboration, "queryLogStatus": "DISABLED"}))
    cases.append(probe("DeleteMember", who, c.delete_member,
                       {"collaborationIdentifier": collaboration_id, "accountId": ACCOUNTS["Peer"]["accountId"]},
                       {"collaborationIdentifier": random_collaboration, "accountId": ACCOUNTS["Peer"]["accountId"]}))
    cases.append(probe("UpdateCollaboration", who, c.update_collaboration,
                       {"collaborationIdentifier": collaboration_id, "name": "hijacked"}, {"collaborationIdentifier": random_collaboration, "name": "hijacked"}))
    cases.append(probe("DeleteCollaboration", who, c.delete_collaboration, {"collaborationIdentifier": collaboration_id}, {"collaborationIdentifier": random_collaboration}))
    # Another account's membership.
    cases.append(probe("GetMembership", who, c.get_membership, {"membershipIdentifier": owner_membership["id"]}, {"membershipIdentifier": random_membership}))
    cases.append(probe("UpdateMembership", who, c.update_membership,
                       {"membershipIdentifier": owner_membership["id"], "queryLogStatus": "DISABLED"}, {"membershipIdentifier": random_membership, "queryLogStatus": "DISABLED"}))
    cases.append(probe("DeleteMembership", who, c.delete_membership, {"membershipIdentifier": owner_membership["id"]}, {"membershipIdentifier": random_membership}))
    # Tags of resources the caller does not own.
    for kind, arn, fake in (("collaboration", collaboration_arn, random_collaboration_arn), ("membership", owner_membership_arn, random_membership_arn)):
        cases.append(probe("ListTagsForResource", f"{who}/{kind}", c.list_tags_for_resource, {"resourceArn": arn}, {"resourceArn": fake}))
        cases.append(probe("TagResource", f"{who}/{kind}", c.tag_resource, {"resourceArn": arn, "tags": {"k": "v"}}, {"resourceArn": fake, "tags": {"k": "v"}}))
        cases.append(probe("UntagResource", f"{who}/{kind}", c.untag_resource, {"resourceArn": arn, "tagKeys": ["k"]}, {"resourceArn": fake, "tagKeys": ["k"]}))

# ARNs first: they contain the ids. The caller supplied these values itself, so echoing them leaks nothing.
masked_ids = [collaboration_arn, random_collaboration_arn, owner_membership_arn, random_membership_arn,
              collaboration_id, random_collaboration, owner_membership["id"], random_membership]
for case in cases:
    for key in ("real", "random"):
        error = case[key].get("error")
        if error:
            error["message"] = mask(error.get("message") or "", masked_ids)
            if "resourceId" in error:
                error["resourceId"] = mask(error["resourceId"], masked_ids)

# The peer's own view still works, and nothing the outsider did changed anything.
state = {
    "owner_get": call(owner.get_collaboration, collaborationIdentifier=collaboration_id),
    "owner_membership": call(owner.get_membership, membershipIdentifier=owner_membership["id"]),
    "owner_tags": call(owner.list_tags_for_resource, resourceArn=collaboration_arn),
    "outsider_list": call(outsider.list_collaborations),
    "outsider_memberships": call(outsider.list_memberships),
    "peer_membership": call(peer.get_membership, membershipIdentifier=peer_membership["id"]),
}
emit({"cases": cases, "state": state, "secrets": ["Secret project name", ACCOUNTS["Owner"]["accountId"]]})
