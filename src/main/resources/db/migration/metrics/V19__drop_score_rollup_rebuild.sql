-- A rebuild counts in Java and writes the rollups directly (docs/architecture.md, "Histogram
-- rollups"); the table where ranges' counts were gathered by SQL is no longer written.
DROP TABLE score_rollup_rebuild;
