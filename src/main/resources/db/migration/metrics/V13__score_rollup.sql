-- Histogram rollups: how many answers gave each score, per question, local day (in the
-- workspace's time zone) and standard dimension. Written in the same transaction as the response;
-- rebuilt from the raw answers by the `rollups-rebuild` command. A response without a branch
-- counts under the nil UUID, one without a touchpoint under ''.
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
    score        INT          NOT NULL,
    answers      BIGINT       NOT NULL,
    CONSTRAINT score_rollup_key PRIMARY KEY (workspace_id, local_day, survey_id, question_id, type, role, channel,
        branch_key, touchpoint, score)
);
