package io.tanggap.metrics;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Times each dashboard query in-process, over HTTP, with DuckDB and (given PostgreSQL's data
 * source) with PostgreSQL's GROUP BY over the raw tables, after checking that the raw answers agree
 * with the engine's; prints the RESULT lines of each.
 */
final class QueryRuns {

	private final String database;
	private final int repetitions;
	private final MetricsBenchmark.Http http;
	private final Connection duckDb;
	private final DataSource postgres;
	private final UUID workspace;

	QueryRuns(String database, int repetitions, MetricsBenchmark.Http http, Connection duckDb, DataSource postgres,
			UUID workspace) {
		this.database = database;
		this.repetitions = repetitions;
		this.http = http;
		this.duckDb = duckDb;
		this.postgres = postgres;
		this.workspace = workspace;
	}

	/**
	 * Asks every query in turn, in-process and over HTTP, for {@code seconds}, untimed: the service is
	 * then measured as one that has answered dashboards for a while, not one the JIT is still compiling.
	 */
	void warmUp(List<DashboardQueries.Query> queries, int seconds) throws Exception {
		long until = System.nanoTime() + seconds * 1_000_000_000L;
		while (System.nanoTime() < until) {
			for (DashboardQueries.Query query : queries) {
				query.inProcess().get();
				for (String path : query.paths()) {
					http.get(path);
				}
			}
		}
	}

	/** @return whether the raw answers agreed with the engine's */
	boolean measure(DashboardQueries.Query query) throws Exception {
		Tally engine = query.inProcess().get();
		Latencies inProcess = Latencies.of(repetitions, () -> query.inProcess().get());
		Latencies overHttp = Latencies.of(repetitions, () -> {
			for (String path : query.paths()) {
				http.get(path);
			}
		});
		List<RawSql.Statement> duckDbStatements = query.raw()
			.apply(new RawSql(RawSql.Dialect.DUCKDB, MetricsBenchmark.ZONE, workspace));
		boolean agreed = agrees(query, "duckdb", engine, RawSql.run(duckDb, duckDbStatements));
		Latencies duck = Latencies.of(repetitions, () -> RawSql.run(duckDb, duckDbStatements));
		String prefix = "RESULT metrics_query_" + query.name() + "_";
		print(prefix + database + "_inprocess", inProcess);
		print(prefix + database + "_http", overHttp);
		print(prefix + "duckdb", duck);
		System.out.printf("%s%s_inprocess_speedup_vs_duckdb_p95 %.2f ratio%n", prefix, database,
				duck.percentile(95) / inProcess.percentile(95));
		if (postgres != null) {
			List<RawSql.Statement> statements = query.raw()
				.apply(new RawSql(RawSql.Dialect.POSTGRES, MetricsBenchmark.ZONE, workspace));
			try (Connection connection = postgres.getConnection()) {
				agreed &= agrees(query, "postgres_groupby", engine, RawSql.run(connection, statements));
				// At ten million responses one run takes seconds to a minute: 60 s of runs, at least three.
				Latencies groupBy = Latencies.of(repetitions, 60, () -> RawSql.run(connection, statements));
				print(prefix + "postgres_groupby", groupBy);
				System.out.printf("%spostgres_groupby_runs %d runs%n", prefix, groupBy.runs());
			}
		}
		return agreed;
	}

	private static boolean agrees(DashboardQueries.Query query, String other, Tally engine, Tally raw) {
		Optional<String> difference = Tally.difference(engine, raw);
		int groups = engine.groups().size();
		System.out.println(difference.map(d -> "MISMATCH " + query.name() + " engine against " + other + ": " + d)
			.orElse("agree " + query.name() + " engine and " + other + ": n and NPS of " + groups + " groups"));
		return difference.isEmpty();
	}

	private static void print(String figure, Latencies latencies) {
		System.out.printf("%s_p50 %.2f ms%n", figure, latencies.percentile(50));
		System.out.printf("%s_p95 %.2f ms%n", figure, latencies.percentile(95));
	}
}
