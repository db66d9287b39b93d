-- The object store: buckets (owned by one account, names unique per server), objects, multipart uploads and
-- their parts, and bytes stored per account (for the storage quota). Object keys sort by their UTF-8 bytes
-- (SQLite's BINARY collation), the order S3 lists them in. Bytes live in files named by file_id.
CREATE TABLE s3_buckets (
    name TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    region TEXT NOT NULL,
    create_time BIGINT NOT NULL
);
CREATE INDEX s3_buckets_by_account ON s3_buckets (account_id, name);

CREATE TABLE s3_objects (
    bucket TEXT NOT NULL REFERENCES s3_buckets (name),
    object_key TEXT NOT NULL,
    file_id TEXT NOT NULL,
    size BIGINT NOT NULL,
    etag TEXT NOT NULL,
    last_modified BIGINT NOT NULL,
    headers TEXT NOT NULL,
    checksum_algorithm TEXT,
    checksum_value TEXT,
    checksum_type TEXT,
    part_count INTEGER,
    PRIMARY KEY (bucket, object_key)
);

CREATE TABLE s3_uploads (
    upload_id TEXT PRIMARY KEY,
    bucket TEXT NOT NULL REFERENCES s3_buckets (name),
    object_key TEXT NOT NULL,
    initiated BIGINT NOT NULL,
    headers TEXT NOT NULL,
    checksum_algorithm TEXT,
    checksum_type TEXT
);
CREATE INDEX s3_uploads_by_key ON s3_uploads (bucket, object_key, upload_id);

CREATE TABLE s3_parts (
    upload_id TEXT NOT NULL REFERENCES s3_uploads (upload_id),
    part_number INTEGER NOT NULL,
    file_id TEXT NOT NULL,
    size BIGINT NOT NULL,
    etag TEXT NOT NULL,
    checksum_value TEXT,
    last_modified BIGINT NOT NULL,
    PRIMARY KEY (upload_id, part_number)
);

CREATE TABLE s3_usage (
    account_id TEXT PRIMARY KEY,
    bytes BIGINT NOT NULL
);
