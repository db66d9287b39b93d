-- Protected queries: one row per query that passed validation (rejected queries leave only log records). The
-- request is kept as sent (sql_parameters, compute_configuration) and the result configuration as resolved.
-- delivery is where the result goes (the receiver's bucket and folder: never shown to the runner); log_audience
-- holds each logging member's record so TERMINATION records can be written later, also after a restart.
CREATE TABLE protected_queries (
    id TEXT PRIMARY KEY,
    membership_id TEXT NOT NULL,
    collaboration_id TEXT NOT NULL,
    account_id TEXT NOT NULL,
    status TEXT NOT NULL,
    sql_parameters TEXT NOT NULL,
    result_configuration TEXT NOT NULL,
    compute_configuration TEXT,
    receivers TEXT NOT NULL,
    delivery TEXT NOT NULL,
    log_audience TEXT NOT NULL,
    result_output TEXT,
    error_code TEXT,
    error_message TEXT,
    billed_units DOUBLE PRECISION,
    create_time BIGINT NOT NULL,
    start_time BIGINT,
    end_time BIGINT
);
CREATE INDEX protected_queries_by_membership ON protected_queries (membership_id, create_time);
CREATE INDEX protected_queries_by_status ON protected_queries (status);
