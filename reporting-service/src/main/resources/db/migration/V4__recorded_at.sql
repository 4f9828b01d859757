-- When each assessment was first recorded (docs/feeds.md, recordedAt): the outcome definitions order two
-- scores of one measure on the same day and at the same time point by it, the score recorded first
-- first, exactly as outcomes-service does; a correction moves changed_at, never this. Null for a row
-- synced from a feed that did not send it: reports/outcomes.sql then falls back to changed_at.
ALTER TABLE assessment_fact ADD COLUMN recorded_at timestamptz;

-- Read the assessments feed again from its start, so that every row stored before this column existed
-- gets its recordedAt: each snapshot is applied again (an older one never undoes a later one), nothing is
-- counted twice, and the figures stay as they were meanwhile (dataAsOf does not move back).
UPDATE feed_cursor SET cursor = NULL WHERE feed = 'assessments';
