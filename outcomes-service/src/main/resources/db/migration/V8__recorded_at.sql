-- When each assessment was first recorded, on every snapshot in the feed (docs/feeds.md, recordedAt).
-- Two scores of one measure on the same day and at the same time point are ordered by it, the score
-- recorded first first, here (outcome/ScorePoint) and in reporting-service's SQL alike; a correction
-- moves changed_at, never this. Snapshots written before this column existed take their assessment's
-- created_at (the same value the service writes now), or their own changed_at when no assessment row
-- exists (only the benchmark writes such rows).
ALTER TABLE assessment_change ADD COLUMN recorded_at timestamptz;

UPDATE assessment_change c
SET recorded_at = coalesce((SELECT a.created_at FROM assessment a WHERE a.id = c.assessment_id), c.changed_at);

ALTER TABLE assessment_change ALTER COLUMN recorded_at SET NOT NULL;
