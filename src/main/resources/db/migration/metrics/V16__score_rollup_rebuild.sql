-- Where a rebuild of the histogram rollups gathers its counts: several connections count disjoint
-- ranges of responses at once into this table (no key, nothing to check while they write), and the
-- rebuild's own transaction then sums them into score_rollup in one statement and removes them.
CREATE TABLE score_rollup_rebuild (
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
    n10          BIGINT       NOT NULL
);
