"""Business-rule refusals: inconsistent configurations (ValidationException INVALID_CONFIGURATION naming the
field), conflicts (ConflictException with its reason) and missing resources (their documented error)."""
from cleanroom_test import ACCOUNTS, call, client, collaboration_request, emit, member, random_id

a = client("cleanrooms", "A")
b = client("cleanrooms", "B")
c = client("cleanrooms", "C")
out = {}

# X1: two members who can query.
out["two_queriers"] = call(a.create_collaboration, **collaboration_request(
    "Two queriers", [member("B", ["CAN_QUERY", "CAN_RECEIVE_RESULTS"])], creator_abilities=["CAN_QUERY"]))
out["duplicate_member"] = call(a.create_collaboration, **collaboration_request(
    "Duplicate", [member("B", ["CAN_QUERY", "CAN_RECEIVE_RESULTS"]), member("B", [])]))
out["creator_as_member"] = call(a.create_collaboration, **collaboration_request(
    "Self", [member("A", ["CAN_QUERY", "CAN_RECEIVE_RESULTS"])]))
out["no_result_receiver"] = call(a.create_collaboration, **collaboration_request(
    "No receiver", [member("B", ["CAN_QUERY"])], creator_abilities=[]))
out["two_payers"] = call(a.create_collaboration, **collaboration_request(
    "Two payers", [member("B", ["CAN_QUERY", "CAN_RECEIVE_RESULTS"], paymentConfiguration={"queryCompute": {"isResponsible": True}}),
                   member("C", [], paymentConfiguration={"queryCompute": {"isResponsible": True}})]))
out["querier_declines_without_payer"] = call(a.create_collaboration, **collaboration_request(
    "Nobody pays", [member("B", ["CAN_QUERY", "CAN_RECEIVE_RESULTS"], paymentConfiguration={"queryCompute": {"isResponsible": False}})]))

# C pays for B's queries; the collaboration does not log queries.
paid = a.create_collaboration(**collaboration_request(
    "Paid by C",
    [member("B", ["CAN_QUERY"], paymentConfiguration={"queryCompute": {"isResponsible": False}}),
     member("C", [], paymentConfiguration={"queryCompute": {"isResponsible": True}})],
    creator_abilities=["CAN_RECEIVE_RESULTS"]))["collaboration"]
paid_id = paid["id"]
out["members_with_payer"] = call(a.list_members, collaborationIdentifier=paid_id)
# X4: logging a membership in a collaboration that does not log.
out["log_enabled_not_supported"] = call(b.create_membership, collaborationIdentifier=paid_id, queryLogStatus="ENABLED")
# X5: the designated payer must accept responsibility when joining.
out["payer_without_acceptance"] = call(c.create_membership, collaborationIdentifier=paid_id, queryLogStatus="DISABLED")
out["non_payer_claims_payment"] = call(b.create_membership, collaborationIdentifier=paid_id, queryLogStatus="DISABLED",
                                       paymentConfiguration={"queryCompute": {"isResponsible": True}})
out["result_config_without_ability"] = call(b.create_membership, collaborationIdentifier=paid_id, queryLogStatus="DISABLED",
                                            defaultResultConfiguration={"outputConfiguration": {"s3": {"resultFormat": "CSV", "bucket": "results"}}})
out["metrics_not_enabled"] = call(b.create_membership, collaborationIdentifier=paid_id, queryLogStatus="DISABLED", isMetricsEnabled=True)
out["payer_accepts"] = call(c.create_membership, collaborationIdentifier=paid_id, queryLogStatus="DISABLED",
                            paymentConfiguration={"queryCompute": {"isResponsible": True}})
out["querier_joins"] = call(b.create_membership, collaborationIdentifier=paid_id, queryLogStatus="DISABLED")
out["join_twice"] = call(b.create_membership, collaborationIdentifier=paid_id, queryLogStatus="DISABLED")
out["update_log_not_supported"] = call(b.update_membership, membershipIdentifier=out["querier_joins"]["ok"]["membership"]["id"], queryLogStatus="ENABLED")
out["remove_unknown_member"] = call(a.delete_member, collaborationIdentifier=paid_id, accountId="000000000000")

# Missing resources.
out["get_random_collaboration"] = call(a.get_collaboration, collaborationIdentifier=random_id())
out["update_random_collaboration"] = call(a.update_collaboration, collaborationIdentifier=random_id(), name="x")
out["list_members_random"] = call(a.list_members, collaborationIdentifier=random_id())
out["get_random_membership"] = call(a.get_membership, membershipIdentifier=random_id())
out["join_random_collaboration"] = call(a.create_membership, collaborationIdentifier=random_id(), queryLogStatus="DISABLED")
out["tags_random_arn"] = call(a.list_tags_for_resource, resourceArn=f"arn:aws:cleanrooms:us-east-1:{ACCOUNTS['A']['accountId']}:collaboration/{random_id()}")
out["not_supported"] = call(a.list_privacy_budget_templates, membershipIdentifier="00000000-0000-0000-0000-000000000000")
emit(out)
