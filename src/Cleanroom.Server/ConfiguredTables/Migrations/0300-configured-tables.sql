-- Configured tables (account-level) and their analysis rule (at most one per table). The table reference and the
-- rule policy are kept exactly as sent (JSON) so Get echoes them; the Glue names are kept apart for lookups.
CREATE TABLE configured_tables (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    table_reference TEXT NOT NULL,
    glue_database TEXT NOT NULL,
    glue_table TEXT NOT NULL,
    allowed_columns TEXT NOT NULL,
    analysis_method TEXT NOT NULL,
    selected_analysis_methods TEXT,
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL
);
CREATE INDEX configured_tables_by_account ON configured_tables (account_id, create_time);
CREATE INDEX configured_tables_by_glue_table ON configured_tables (account_id, glue_database, glue_table);

CREATE TABLE configured_table_analysis_rules (
    configured_table_id TEXT PRIMARY KEY REFERENCES configured_tables (id),
    type TEXT NOT NULL,
    policy TEXT NOT NULL,
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL
);
