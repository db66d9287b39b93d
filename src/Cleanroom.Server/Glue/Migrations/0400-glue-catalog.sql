-- The Glue-compatible catalog: each account's databases and tables. Inputs are kept as sent (JSON) so Get echoes
-- every member; the members Cleanroom interprets are re-read from them (see TableSource).
CREATE TABLE glue_databases (
    account_id TEXT NOT NULL,
    name TEXT NOT NULL,
    input TEXT NOT NULL,
    create_time BIGINT NOT NULL,
    PRIMARY KEY (account_id, name)
);

CREATE TABLE glue_tables (
    account_id TEXT NOT NULL,
    database_name TEXT NOT NULL,
    name TEXT NOT NULL,
    input TEXT NOT NULL,
    version BIGINT NOT NULL,
    create_time BIGINT NOT NULL,
    update_time BIGINT NOT NULL,
    PRIMARY KEY (account_id, database_name, name)
);
