-- Identity: workspaces (tenants), their branches, users, invitations, API keys and the audit log.
CREATE TABLE workspace (
    id          UUID         NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    currency    VARCHAR(3)   NOT NULL,
    language    VARCHAR(8)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE branch (
    id           UUID         NOT NULL PRIMARY KEY,
    workspace_id UUID         NOT NULL REFERENCES workspace (id),
    name         VARCHAR(100) NOT NULL,
    city         VARCHAR(100) NOT NULL,
    address      VARCHAR(300),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT branch_name_unique UNIQUE (workspace_id, name)
);

CREATE TABLE app_user (
    id            UUID         NOT NULL PRIMARY KEY,
    workspace_id  UUID         NOT NULL REFERENCES workspace (id),
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    language      VARCHAR(8)   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT app_user_email_unique UNIQUE (email)
);
CREATE INDEX app_user_by_workspace ON app_user (workspace_id);

CREATE TABLE invitation (
    id           UUID         NOT NULL PRIMARY KEY,
    workspace_id UUID         NOT NULL REFERENCES workspace (id),
    email        VARCHAR(254) NOT NULL,
    role         VARCHAR(16)  NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    invited_by   VARCHAR(254) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at  TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT invitation_token_unique UNIQUE (token_hash)
);
CREATE INDEX invitation_by_workspace ON invitation (workspace_id);

CREATE TABLE api_key (
    id           UUID         NOT NULL PRIMARY KEY,
    workspace_id UUID         NOT NULL REFERENCES workspace (id),
    name         VARCHAR(100) NOT NULL,
    prefix       VARCHAR(16)  NOT NULL,
    secret_hash  VARCHAR(64)  NOT NULL,
    role         VARCHAR(16)  NOT NULL,
    created_by   VARCHAR(254) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_key_prefix_unique UNIQUE (prefix)
);
CREATE INDEX api_key_by_workspace ON api_key (workspace_id);

CREATE TABLE audit_entry (
    id           UUID         NOT NULL PRIMARY KEY,
    workspace_id UUID,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(254) NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    detail       VARCHAR(1000),
    client       VARCHAR(64)
);
CREATE INDEX audit_entry_by_workspace_time ON audit_entry (workspace_id, occurred_at);

-- At most one first-run setup ever: its row's primary key makes a concurrent second one fail.
CREATE TABLE first_run (
    id          INT NOT NULL PRIMARY KEY,
    done_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT first_run_once CHECK (id = 1)
);
