"""Building blocks of the protected-query worlds: a configured table with its analysis rule, and an association with
its collaboration analysis rule naming the receivers."""
from cleanroom_test import client
from control_plane import configured_table, receivers, role


def table_with_rule(account, name, database, glue, allowed, kind, policy):
    table = configured_table(account, name, database, glue, allowed)
    client("cleanrooms", account).create_configured_table_analysis_rule(
        configuredTableIdentifier=table["id"], analysisRuleType=kind, analysisRulePolicy=policy)
    return table


def associate(account, membership_id, table, name, kind, *receivers_of):
    cr = client("cleanrooms", account)
    association = cr.create_configured_table_association(
        membershipIdentifier=membership_id, configuredTableIdentifier=table["id"], name=name, roleArn=role(account))["configuredTableAssociation"]
    cr.create_configured_table_association_analysis_rule(
        membershipIdentifier=membership_id, configuredTableAssociationIdentifier=association["id"],
        analysisRuleType=kind, analysisRulePolicy=receivers(kind.lower(), *receivers_of))
    return association
