-- Invitations: the list of a survey's invitations staff look through counts them per state and
-- pages through one state, newest first.
CREATE INDEX survey_invitation_by_survey ON survey_invitation (workspace_id, survey_id, state, created_at);
