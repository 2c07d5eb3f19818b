-- Each response's scores written short beside it, one character per question of the version it
-- answers (io.tanggap.survey.ScoresByQuestion): written once with the answers, never changed. The
-- rollups' rebuild reads one row per response instead of one per answer. Responses stored before
-- (or whose answers do not match their version) have none and are rebuilt from their answer rows.
ALTER TABLE survey_response ADD COLUMN scores VARCHAR(100);
