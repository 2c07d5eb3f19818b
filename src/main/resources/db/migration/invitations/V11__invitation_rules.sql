-- Invitations: each workspace's own fatigue and reminder rules; without a row the installation's defaults apply.
CREATE TABLE invitation_rules (
    workspace_id  UUID NOT NULL PRIMARY KEY REFERENCES workspace (id),
    fatigue_days  INT  NOT NULL,
    reminder_days INT  NOT NULL
);
