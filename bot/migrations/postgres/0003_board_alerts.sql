-- Duplicate postings are found by a hash of their text (casefolded, whitespace collapsed); NULL
-- for postings saved before, which are then found by their link only.
ALTER TABLE job_posting ADD COLUMN text_hash text;
CREATE INDEX job_posting_text_hash ON job_posting (guild_id, text_hash);

-- The channel where each new posting is announced; NULL: none.
ALTER TABLE guild_config ADD COLUMN alert_channel_id bigint;

-- Job alerts: who wants a direct message about new postings, and the competency ids that
-- decide it. Nothing else about the member is kept: no resume, no name.
CREATE TABLE alert_subscription (
    guild_id  bigint  NOT NULL,
    member_id bigint  NOT NULL,
    source    text    NOT NULL CHECK (source IN ('skills', 'profile')),
    failures  integer NOT NULL DEFAULT 0,
    PRIMARY KEY (guild_id, member_id)
);

CREATE TABLE alert_skill (
    guild_id  bigint NOT NULL,
    member_id bigint NOT NULL,
    skill_id  text   NOT NULL,
    PRIMARY KEY (guild_id, member_id, skill_id),
    FOREIGN KEY (guild_id, member_id)
        REFERENCES alert_subscription (guild_id, member_id) ON DELETE CASCADE
);
