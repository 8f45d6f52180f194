-- Each posting's matcher result (compacted JSON) and the taxonomy version it was made with, so
-- /jobs match compares a resume with stored results instead of matching every posting again.
-- NULL for postings saved before: they are analysed again when next needed. Plain text, not
-- jsonb: the database never looks inside, and text comes back without being re-serialised.

ALTER TABLE job_posting ADD COLUMN result text, ADD COLUMN taxonomy_version text;
