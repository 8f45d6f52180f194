-- Each posting's matcher result (compacted JSON) and the taxonomy version it was made with, so
-- /jobs match compares a resume with stored results instead of matching every posting again.
-- NULL for postings saved before: they are analysed again when next needed.

ALTER TABLE job_posting ADD COLUMN result TEXT;
ALTER TABLE job_posting ADD COLUMN taxonomy_version TEXT;
