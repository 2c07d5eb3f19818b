-- External benchmarks: a figure from outside the workspace (a published industry average, say)
-- that its own figure of the same key is compared with on the dashboard, with where it comes from:
-- source, its address, the year it describes, the country (ISO 3166 alpha-2, or 'global') and how
-- it was measured. Entered by an admin or copied from the shipped list (metrics/benchmarks.json).
CREATE TABLE benchmark (
    id           UUID             NOT NULL PRIMARY KEY,
    workspace_id UUID             NOT NULL REFERENCES workspace (id),
    figure_key   VARCHAR(40)      NOT NULL,
    figure_value DOUBLE PRECISION NOT NULL,
    label        VARCHAR(200),
    source       VARCHAR(200)     NOT NULL,
    source_url   VARCHAR(500),
    source_year  INT              NOT NULL,
    country      VARCHAR(6)       NOT NULL,
    method       VARCHAR(1000)    NOT NULL,
    created_by   VARCHAR(254)     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX benchmark_by_workspace ON benchmark (workspace_id, figure_key);
