-- The log store (CloudWatch Logs API): log groups per account, streams, and events. Events carry their group so a
-- group is scanned in time order without merging streams. Sequence numbers order events within a stream (they
-- start at 1; timestamps may repeat). log_group_deletions remembers groups a member deleted, so query logs stop
-- until logging is switched on again.
CREATE TABLE log_groups (
    group_id BIGINT PRIMARY KEY,
    account_id TEXT NOT NULL,
    name TEXT NOT NULL,
    create_time BIGINT NOT NULL,
    UNIQUE (account_id, name)
);

CREATE TABLE log_streams (
    stream_id BIGINT PRIMARY KEY,
    group_id BIGINT NOT NULL REFERENCES log_groups (group_id),
    name TEXT NOT NULL,
    create_time BIGINT NOT NULL,
    first_event_time BIGINT,
    last_event_time BIGINT,
    last_ingestion_time BIGINT,
    stored_bytes BIGINT NOT NULL,
    next_sequence BIGINT NOT NULL,
    UNIQUE (group_id, name)
);

CREATE TABLE log_events (
    group_id BIGINT NOT NULL,
    stream_id BIGINT NOT NULL REFERENCES log_streams (stream_id),
    sequence BIGINT NOT NULL,
    event_time BIGINT NOT NULL,
    ingestion_time BIGINT NOT NULL,
    message TEXT NOT NULL,
    PRIMARY KEY (stream_id, sequence)
);
CREATE INDEX log_events_by_stream_time ON log_events (stream_id, event_time, sequence);
CREATE INDEX log_events_by_group_time ON log_events (group_id, event_time, stream_id, sequence);

CREATE TABLE log_group_deletions (
    account_id TEXT NOT NULL,
    name TEXT NOT NULL,
    delete_time BIGINT NOT NULL,
    PRIMARY KEY (account_id, name)
);
