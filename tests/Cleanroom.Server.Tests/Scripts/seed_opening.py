"""The seed deck's opening: A creates a collaboration inviting B (query + results); both join; they update,
list, B leaves, A removes a member, A deletes the collaboration. Prints every observation."""
from cleanroom_test import ACCOUNTS, call, client, collaboration_request, emit, member

a = client("cleanrooms", "A")
b = client("cleanrooms", "B")
c = client("cleanrooms", "C")
out = {}

created = call(a.create_collaboration, **collaboration_request(
    "Seed opening",
    [member("B", ["CAN_QUERY", "CAN_RECEIVE_RESULTS"]), member("C", [])],
    creator_abilities=["CAN_RECEIVE_RESULTS"],
    query_log_status="ENABLED",
    tags={"project": "seed"},
))
out["create"] = created
collaboration_id = created["ok"]["collaboration"]["id"]
out["b_invited"] = call(b.list_collaborations, memberStatus="INVITED")
out["b_active_before"] = call(b.list_collaborations, memberStatus="ACTIVE")
out["b_members_invited"] = call(b.list_members, collaborationIdentifier=collaboration_id)
out["b_join"] = call(b.create_membership, collaborationIdentifier=collaboration_id, queryLogStatus="ENABLED",
                     defaultResultConfiguration={"outputConfiguration": {"s3": {"resultFormat": "CSV", "bucket": "results-b", "keyPrefix": "seed/"}}})
out["a_join"] = call(a.create_membership, collaborationIdentifier=collaboration_id, queryLogStatus="DISABLED", tags={"side": "a"})
out["c_join"] = call(c.create_membership, collaborationIdentifier=collaboration_id, queryLogStatus="DISABLED")
a_membership = out["a_join"]["ok"]["membership"]["id"]
b_membership = out["b_join"]["ok"]["membership"]["id"]
c_membership = out["c_join"]["ok"]["membership"]["id"]
out["a_members"] = call(a.list_members, collaborationIdentifier=collaboration_id)
out["b_members"] = call(b.list_members, collaborationIdentifier=collaboration_id)
out["a_memberships"] = call(a.list_memberships)
out["b_memberships"] = call(b.list_memberships, status="ACTIVE")
out["a_get"] = call(a.get_collaboration, collaborationIdentifier=collaboration_id)
out["a_update"] = call(a.update_collaboration, collaborationIdentifier=collaboration_id, name="Seed opening v2", description="Renamed")
out["b_get_after_update"] = call(b.get_collaboration, collaborationIdentifier=collaboration_id)
out["b_update_membership"] = call(b.update_membership, membershipIdentifier=b_membership, queryLogStatus="DISABLED")
out["a_tags_collaboration"] = call(a.list_tags_for_resource, resourceArn=created["ok"]["collaboration"]["arn"])
out["a_tags_membership"] = call(a.list_tags_for_resource, resourceArn=out["a_join"]["ok"]["membership"]["arn"])
out["a_tag"] = call(a.tag_resource, resourceArn=created["ok"]["collaboration"]["arn"], tags={"stage": "two", "owner": "a", "a b/c": "x", "drop": "y"})
out["a_untag"] = call(a.untag_resource, resourceArn=created["ok"]["collaboration"]["arn"], tagKeys=["project", "a b/c", "drop"])
out["a_tags_after"] = call(a.list_tags_for_resource, resourceArn=created["ok"]["collaboration"]["arn"])

# C leaves on its own; A removes B.
out["c_leave"] = call(c.delete_membership, membershipIdentifier=c_membership)
out["c_get_membership_after_leave"] = call(c.get_membership, membershipIdentifier=c_membership)
out["c_rejoin"] = call(c.create_membership, collaborationIdentifier=collaboration_id, queryLogStatus="DISABLED")
out["a_remove_b"] = call(a.delete_member, collaborationIdentifier=collaboration_id, accountId=ACCOUNTS["B"]["accountId"])
out["members_after_removal"] = call(a.list_members, collaborationIdentifier=collaboration_id)
out["b_membership_after_removal"] = call(b.get_membership, membershipIdentifier=b_membership)
out["b_collaborations_after_removal"] = call(b.list_collaborations)
out["b_update_removed_membership"] = call(b.update_membership, membershipIdentifier=b_membership, queryLogStatus="DISABLED")
out["a_leave_as_creator"] = call(a.delete_membership, membershipIdentifier=a_membership)
out["a_remove_self"] = call(a.delete_member, collaborationIdentifier=collaboration_id, accountId=ACCOUNTS["A"]["accountId"])

# A deletes the collaboration: every membership becomes COLLABORATION_DELETED and the collaboration disappears.
out["a_delete"] = call(a.delete_collaboration, collaborationIdentifier=collaboration_id)
out["a_get_after_delete"] = call(a.get_collaboration, collaborationIdentifier=collaboration_id)
out["a_membership_after_delete"] = call(a.get_membership, membershipIdentifier=a_membership)
out["b_membership_after_delete"] = call(b.get_membership, membershipIdentifier=b_membership)
out["a_memberships_deleted"] = call(a.list_memberships, status="COLLABORATION_DELETED")
out["a_collaborations_after_delete"] = call(a.list_collaborations)
emit(out)
