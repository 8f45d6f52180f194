-- The job board: per-guild settings, postings and the competencies each posting asks for.

CREATE TABLE guild_config (
    guild_id        bigint PRIMARY KEY,
    manager_role_id bigint,
    expiry_days     integer NOT NULL CHECK (expiry_days BETWEEN 1 AND 365)
);

-- An identity column never hands out an id twice, so a stale button or autocomplete choice
-- can never point at a newer posting.
CREATE TABLE job_posting (
    posting_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    guild_id   bigint      NOT NULL,
    title      text        NOT NULL,
    title_key  text        NOT NULL,
    text       text        NOT NULL,
    link       text,
    author_id  bigint      NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    analysis   jsonb       NOT NULL
);

CREATE INDEX job_posting_newest ON job_posting (guild_id, created_at DESC, posting_id DESC);
CREATE INDEX job_posting_expiry ON job_posting (expires_at);

CREATE TABLE job_posting_skill (
    posting_id bigint NOT NULL REFERENCES job_posting (posting_id) ON DELETE CASCADE,
    guild_id   bigint NOT NULL,
    skill_id   text   NOT NULL,
    PRIMARY KEY (posting_id, skill_id)
);

CREATE INDEX job_posting_skill_lookup ON job_posting_skill (guild_id, skill_id);
