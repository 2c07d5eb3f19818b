-- Invitations: e-mail invitations to a survey, uploaded as recipient lists ("campaigns").
CREATE TABLE invitation_campaign (
    id            UUID         NOT NULL PRIMARY KEY,
    workspace_id  UUID         NOT NULL REFERENCES workspace (id),
    survey_id     UUID         NOT NULL REFERENCES survey (id),
    file_name     VARCHAR(200),
    uploaded_by   VARCHAR(254) NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    rows_rejected INT          NOT NULL
);
CREATE INDEX invitation_campaign_by_survey ON invitation_campaign (workspace_id, survey_id, uploaded_at);

-- One row per recipient. The token is the link's k parameter and the response's idempotency key.
-- next_attempt_at says when the invitation (state QUEUED) or its reminder (state SENT) is due;
-- claimed_until keeps two nodes from sending the same e-mail.
CREATE TABLE survey_invitation (
    id              UUID         NOT NULL PRIMARY KEY,
    campaign_id     UUID         NOT NULL REFERENCES invitation_campaign (id),
    workspace_id    UUID         NOT NULL REFERENCES workspace (id),
    survey_id       UUID         NOT NULL REFERENCES survey (id),
    email           VARCHAR(254) NOT NULL,
    name            VARCHAR(200),
    customer_ref    VARCHAR(200),
    language        VARCHAR(8)   NOT NULL,
    token           VARCHAR(64)  NOT NULL,
    state           VARCHAR(24)  NOT NULL,
    attempts        INT          NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    reminded_at     TIMESTAMP WITH TIME ZONE,
    responded_at    TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(500),
    CONSTRAINT survey_invitation_token_unique UNIQUE (token)
);
CREATE INDEX survey_invitation_due ON survey_invitation (state, next_attempt_at);
CREATE INDEX survey_invitation_by_contact ON survey_invitation (workspace_id, email, created_at);
CREATE INDEX survey_invitation_by_campaign ON survey_invitation (campaign_id, state);

-- Addresses that asked for no more invitations, per workspace.
CREATE TABLE invitation_unsubscribed (
    workspace_id    UUID         NOT NULL REFERENCES workspace (id),
    email           VARCHAR(254) NOT NULL,
    unsubscribed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (workspace_id, email)
);
