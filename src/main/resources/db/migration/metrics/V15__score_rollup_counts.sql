-- Histogram rollups, one row per question, local day and standard dimension with the count of each
-- score in columns n0..n10 (every scored scale lies within 0..10), instead of one row per score: a
-- rebuild writes and a load reads about eight times fewer rows. The counts of V13's rows move over.
ALTER TABLE score_rollup RENAME TO score_rollup_by_score;
ALTER TABLE score_rollup_by_score DROP CONSTRAINT score_rollup_key;

CREATE TABLE score_rollup (
    workspace_id UUID         NOT NULL,
    survey_id    UUID         NOT NULL,
    question_id  VARCHAR(40)  NOT NULL,
    type         VARCHAR(20)  NOT NULL,
    role         VARCHAR(10)  NOT NULL,
    local_day    DATE         NOT NULL,
    channel      VARCHAR(16)  NOT NULL,
    branch_key   UUID         NOT NULL,
    touchpoint   VARCHAR(100) NOT NULL,
    n0           BIGINT       NOT NULL,
    n1           BIGINT       NOT NULL,
    n2           BIGINT       NOT NULL,
    n3           BIGINT       NOT NULL,
    n4           BIGINT       NOT NULL,
    n5           BIGINT       NOT NULL,
    n6           BIGINT       NOT NULL,
    n7           BIGINT       NOT NULL,
    n8           BIGINT       NOT NULL,
    n9           BIGINT       NOT NULL,
    n10          BIGINT       NOT NULL,
    CONSTRAINT score_rollup_line_day PRIMARY KEY (workspace_id, local_day, survey_id, question_id, type, role,
        channel, branch_key, touchpoint)
);

INSERT INTO score_rollup (workspace_id, survey_id, question_id, type, role, local_day, channel, branch_key, touchpoint,
    n0, n1, n2, n3, n4, n5, n6, n7, n8, n9, n10)
SELECT workspace_id, survey_id, question_id, type, role, local_day, channel, branch_key, touchpoint,
    SUM(CASE WHEN score = 0 THEN answers ELSE 0 END), SUM(CASE WHEN score = 1 THEN answers ELSE 0 END),
    SUM(CASE WHEN score = 2 THEN answers ELSE 0 END), SUM(CASE WHEN score = 3 THEN answers ELSE 0 END),
    SUM(CASE WHEN score = 4 THEN answers ELSE 0 END), SUM(CASE WHEN score = 5 THEN answers ELSE 0 END),
    SUM(CASE WHEN score = 6 THEN answers ELSE 0 END), SUM(CASE WHEN score = 7 THEN answers ELSE 0 END),
    SUM(CASE WHEN score = 8 THEN answers ELSE 0 END), SUM(CASE WHEN score = 9 THEN answers ELSE 0 END),
    SUM(CASE WHEN score = 10 THEN answers ELSE 0 END)
FROM score_rollup_by_score
GROUP BY workspace_id, survey_id, question_id, type, role, local_day, channel, branch_key, touchpoint;

DROP TABLE score_rollup_by_score;
