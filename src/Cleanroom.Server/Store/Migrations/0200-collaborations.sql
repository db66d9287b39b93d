-- Collaborations, their member entries and memberships. Deleted collaborations are kept (deleted_time set)
-- so memberships can still show COLLABORATION_DELETED with the collaboration's name.
CREATE TABLE collaborations (
    id TEXT PRIMARY KEY,
    creator_account_id TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    creator_display_name TEXT NOT NULL,
    query_log_status TEXT NOT NULL,
    job_log_status TEXT,
    analytics_engine TEXT,
    data_encryption_metadata TEXT,
    auto_approved_change_types TEXT,
    allowed_result_regions TEXT,
    is_metrics_enabled INTEGER,
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL,
    deleted_time BIGINT
);
CREATE INDEX collaborations_by_creator ON collaborations (creator_account_id);

CREATE TABLE members (
    collaboration_id TEXT NOT NULL REFERENCES collaborations (id),
    account_id TEXT NOT NULL,
    ordinal INTEGER NOT NULL,
    display_name TEXT NOT NULL,
    abilities TEXT NOT NULL,
    ml_abilities TEXT,
    payment_configuration TEXT NOT NULL,
    status TEXT NOT NULL,
    membership_id TEXT,
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL,
    PRIMARY KEY (collaboration_id, account_id)
);
CREATE INDEX members_by_account ON members (account_id);

CREATE TABLE memberships (
    id TEXT PRIMARY KEY,
    collaboration_id TEXT NOT NULL REFERENCES collaborations (id),
    account_id TEXT NOT NULL,
    status TEXT NOT NULL,
    query_log_status TEXT NOT NULL,
    job_log_status TEXT,
    default_result_configuration TEXT,
    default_job_result_configuration TEXT,
    is_metrics_enabled INTEGER,
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL,
    UNIQUE (collaboration_id, account_id)
);
CREATE INDEX memberships_by_account ON memberships (account_id);
