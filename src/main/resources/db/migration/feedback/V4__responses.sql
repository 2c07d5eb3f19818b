-- Feedback: responses and their answers. The idempotency key makes a retried submission count once.
CREATE TABLE survey_response (
    id              UUID         NOT NULL PRIMARY KEY,
    workspace_id    UUID         NOT NULL REFERENCES workspace (id),
    survey_id       UUID         NOT NULL REFERENCES survey (id),
    survey_version  INT          NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    channel         VARCHAR(16)  NOT NULL,
    branch_id       UUID,
    touchpoint      VARCHAR(100),
    customer_ref    VARCHAR(200),
    language        VARCHAR(8)   NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT survey_response_once UNIQUE (workspace_id, idempotency_key)
);
CREATE INDEX survey_response_by_survey_time ON survey_response (workspace_id, survey_id, submitted_at);

CREATE TABLE answer (
    response_id  UUID         NOT NULL REFERENCES survey_response (id),
    question_id  VARCHAR(40)  NOT NULL,
    type         VARCHAR(20)  NOT NULL,
    role         VARCHAR(10)  NOT NULL,
    score        INT,
    scale_min    INT,
    scale_max    INT,
    choices      VARCHAR(2100),
    text_value   VARCHAR(20000),
    PRIMARY KEY (response_id, question_id)
);
