-- Survey: surveys with their editable draft, and the frozen versions respondents answer.
CREATE TABLE survey (
    id                UUID         NOT NULL PRIMARY KEY,
    workspace_id      UUID         NOT NULL REFERENCES workspace (id),
    name              VARCHAR(100) NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    draft_definition  VARCHAR(1000000) NOT NULL,
    published_version INT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX survey_by_workspace ON survey (workspace_id, updated_at);

CREATE TABLE survey_version (
    survey_id    UUID NOT NULL REFERENCES survey (id),
    version      INT  NOT NULL,
    definition   VARCHAR(1000000) NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (survey_id, version)
);
