-- Associations of configured tables with memberships, and their collaboration analysis rules. The name is unique
-- (case-insensitively, name_key) among the associations of active memberships of a collaboration.
CREATE TABLE configured_table_associations (
    id TEXT PRIMARY KEY,
    membership_id TEXT NOT NULL REFERENCES memberships (id),
    collaboration_id TEXT NOT NULL REFERENCES collaborations (id),
    account_id TEXT NOT NULL,
    configured_table_id TEXT NOT NULL REFERENCES configured_tables (id),
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    description TEXT,
    role_arn TEXT NOT NULL,
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL
);
CREATE INDEX configured_table_associations_by_membership ON configured_table_associations (membership_id, create_time);
CREATE INDEX configured_table_associations_by_collaboration ON configured_table_associations (collaboration_id, name_key);
CREATE INDEX configured_table_associations_by_table ON configured_table_associations (configured_table_id);

CREATE TABLE configured_table_association_analysis_rules (
    association_id TEXT NOT NULL REFERENCES configured_table_associations (id),
    type TEXT NOT NULL,
    policy TEXT NOT NULL,
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL,
    PRIMARY KEY (association_id, type)
);
