-- Text analytics: what each comment (open-text answer) says, each workspace's own themes, and the
-- reading of a workspace's history again after its themes changed.
--
-- comment_analysis and comment_theme are also read by name by feedback (the responses list's theme
-- and sentiment filters) and metrics (figures by theme and sentiment, the Tema page): their columns
-- are a contract like an event's fields. A deleted response takes its readings with it.
CREATE TABLE comment_analysis (
    response_id       UUID             NOT NULL REFERENCES survey_response (id) ON DELETE CASCADE,
    question_id       VARCHAR(40)      NOT NULL,
    workspace_id      UUID             NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    language          VARCHAR(8)       NOT NULL,
    sentiment         VARCHAR(8)       NOT NULL,
    confidence        DOUBLE PRECISION NOT NULL,
    truncated         BOOLEAN          NOT NULL,
    taxonomy_revision INT              NOT NULL,
    analysed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (response_id, question_id)
);
-- A period's comments of a workspace (the Tema page, the scan path).
CREATE INDEX comment_analysis_by_time ON comment_analysis (workspace_id, submitted_at);

-- One row per theme a comment mentions, with the sentiment of what it says about the theme.
CREATE TABLE comment_theme (
    response_id  UUID        NOT NULL,
    question_id  VARCHAR(40) NOT NULL,
    theme        VARCHAR(40) NOT NULL,
    sentiment    VARCHAR(8)  NOT NULL,
    workspace_id UUID        NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (response_id, question_id, theme),
    FOREIGN KEY (response_id, question_id) REFERENCES comment_analysis (response_id, question_id) ON DELETE CASCADE
);
CREATE INDEX comment_theme_by_time ON comment_theme (workspace_id, submitted_at, theme);

-- A workspace's taxonomy: its revision counts the edits (1: the shipped themes as they are). Its row
-- is also the lock that orders readings and edits of one workspace.
CREATE TABLE text_taxonomy (
    workspace_id UUID         NOT NULL PRIMARY KEY REFERENCES workspace (id),
    revision     INT          NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   VARCHAR(254)
);

-- A workspace's own themes, and its edits of the shipped ones (switched off, or other names and keywords).
CREATE TABLE text_theme (
    workspace_id UUID          NOT NULL REFERENCES workspace (id),
    theme_key    VARCHAR(40)   NOT NULL,
    name_id      VARCHAR(60)   NOT NULL,
    name_en      VARCHAR(60)   NOT NULL,
    keywords     VARCHAR(8000) NOT NULL,
    enabled      BOOLEAN       NOT NULL,
    position     INT           NOT NULL,
    PRIMARY KEY (workspace_id, theme_key)
);

-- Reading a workspace's comments again for its taxonomy's revision, a part at a time: each part
-- moves the position (after_response, after_question) in the same transaction as its readings, so
-- the work goes on from there after a crash, on whichever node claims it next.
CREATE TABLE text_reanalysis (
    workspace_id   UUID        NOT NULL PRIMARY KEY REFERENCES workspace (id),
    revision       INT         NOT NULL,
    state          VARCHAR(10) NOT NULL,
    done           BIGINT      NOT NULL,
    total          BIGINT,
    after_response UUID,
    after_question VARCHAR(40),
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    claimed_until  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The comments of workspaces that exist already are read in the background after the upgrade.
INSERT INTO text_reanalysis (workspace_id, revision, state, done, total, started_at, claimed_until)
SELECT id, 1, 'running', 0, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM workspace;
