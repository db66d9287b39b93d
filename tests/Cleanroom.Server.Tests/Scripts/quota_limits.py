"""Quota refusals on a server started with small quotas (collaborations 2, invited members 5, memberships 1)."""
from cleanroom_test import call, client, collaboration_request, emit, member

a = client("cleanrooms", "A")
b = client("cleanrooms", "B")
out = {}
invitees = [member(name, []) for name in ("B", "C", "D", "E", "F", "G")]
out["six_invited"] = call(a.create_collaboration, **collaboration_request("Six", invitees, creator_abilities=[]))
out["five_invited"] = call(a.create_collaboration, **collaboration_request("Five", invitees[:5], creator_abilities=[]))
second = call(a.create_collaboration, **collaboration_request("Second", [member("B", [])], creator_abilities=[]))
out["second"] = second
out["third"] = call(a.create_collaboration, **collaboration_request("Third", [], creator_abilities=[]))
out["b_first_membership"] = call(b.create_membership, collaborationIdentifier=out["five_invited"]["ok"]["collaboration"]["id"], queryLogStatus="DISABLED")
out["b_second_membership"] = call(b.create_membership, collaborationIdentifier=second["ok"]["collaboration"]["id"], queryLogStatus="DISABLED")
# Deleting a collaboration frees a slot for its creator.
a.delete_collaboration(collaborationIdentifier=second["ok"]["collaboration"]["id"])
out["after_delete"] = call(a.create_collaboration, **collaboration_request("Replacement", [], creator_abilities=[]))
emit(out)
