-- Accounts and their access keys. Secret keys are sealed with the data directory's master key (AES-GCM).
CREATE TABLE accounts (
    account_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    access_key_id TEXT NOT NULL UNIQUE,
    sealed_secret TEXT NOT NULL,
    create_time BIGINT NOT NULL
);
