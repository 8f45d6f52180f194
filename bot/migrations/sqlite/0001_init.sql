-- The job board: per-guild settings, postings and the competencies each posting asks for.
-- Times are microseconds since the Unix epoch, UTC, so they compare and sort as integers.

CREATE TABLE guild_config (
    guild_id        INTEGER PRIMARY KEY,
    manager_role_id INTEGER,
    expiry_days     INTEGER NOT NULL CHECK (expiry_days BETWEEN 1 AND 365)
);

-- AUTOINCREMENT: an id is never reused, so a stale button or autocomplete choice can never
-- point at a newer posting.
CREATE TABLE job_posting (
    posting_id INTEGER PRIMARY KEY AUTOINCREMENT,
    guild_id   INTEGER NOT NULL,
    title      TEXT    NOT NULL,
    title_key  TEXT    NOT NULL,
    text       TEXT    NOT NULL,
    link       TEXT,
    author_id  INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    analysis   TEXT    NOT NULL CHECK (json_valid(analysis))
);

CREATE INDEX job_posting_newest ON job_posting (guild_id, created_at DESC, posting_id DESC);
CREATE INDEX job_posting_expiry ON job_posting (expires_at);

CREATE TABLE job_posting_skill (
    posting_id INTEGER NOT NULL REFERENCES job_posting (posting_id) ON DELETE CASCADE,
    guild_id   INTEGER NOT NULL,
    skill_id   TEXT    NOT NULL,
    PRIMARY KEY (posting_id, skill_id)
);

CREATE INDEX job_posting_skill_lookup ON job_posting_skill (guild_id, skill_id);
