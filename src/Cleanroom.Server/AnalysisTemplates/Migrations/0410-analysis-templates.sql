-- Analysis templates (membership-level, visible to the collaboration). Immutable but for the description:
-- source_sha256 is the SHA-256 of the SQL text, which approvals can pin. JSON members are kept as sent.
CREATE TABLE analysis_templates (
    id TEXT PRIMARY KEY,
    membership_id TEXT NOT NULL REFERENCES memberships (id),
    collaboration_id TEXT NOT NULL REFERENCES collaborations (id),
    account_id TEXT NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    description TEXT,
    format TEXT NOT NULL,
    source TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    analysis_parameters TEXT,
    template_schema TEXT NOT NULL,
    error_message_configuration TEXT,
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL
);
CREATE INDEX analysis_templates_by_membership ON analysis_templates (membership_id, create_time);
CREATE INDEX analysis_templates_by_collaboration ON analysis_templates (collaboration_id, create_time);
