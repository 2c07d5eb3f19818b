package io.tanggap.metrics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.tanggap.KeepAliveClient;
import io.tanggap.TanggapApplication;
import io.tanggap.TestDatabases;
import io.tanggap.feedback.Channel;
import io.tanggap.identity.Actor;
import io.tanggap.identity.ApiKeyManagement;
import io.tanggap.identity.BranchDirectory;
import io.tanggap.identity.NewWorkspace;
import io.tanggap.identity.Role;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;

/**
 * Metrics benchmark (a program, not a test), issue 4's "Measured": writes N realistic responses
 * straight into the service's database and into an in-memory DuckDB, rebuilds the histogram
 * rollups, and times five dashboard queries in-process, over HTTP, with DuckDB and (on PostgreSQL)
 * with GROUP BY over the raw tables, checking that all agree on n and NPS. Run by
 * {@code bench/metrics}; prints {@code RESULT} lines and exits non-zero if any answer differs.
 * Arguments: {@code h2|postgres [responses] [repetitions]} (defaults 10,000,000 and 50).
 */
public final class MetricsBenchmark {

	static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
	/**
	 * How long all five queries are asked, in-process and over HTTP, before any is timed: on 2 cores
	 * the JIT compiles the web stack's paths for a minute or so, and the first query timed after only
	 * its own few seconds of warm-up measured the compiler (18.8 ms p95 over HTTP against 4–6 ms for
	 * the queries timed after it, at 10 million responses).
	 */
	static final int WARM_UP_SECONDS = 60;
	private static final String[] CITIES = { "Jakarta", "Bandung", "Surabaya", "Medan", "Semarang", "Makassar",
			"Yogyakarta", "Denpasar", "Malang", "Palembang" };

	public static void main(String[] args) throws Exception {
		String database = args.length > 0 ? args[0] : "h2";
		long responses = args.length > 1 ? Long.parseLong(args[1].replace("_", "").replace(",", "")) : 10_000_000;
		int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 50;
		long began = System.nanoTime();
		// The machine may be shared: how busy it was is part of reading the figures.
		System.out.printf("RESULT metrics_load_average_at_start_%s %.2f processes%n", database, loadAverage());
		Path dataDir = Files.createTempDirectory("tanggap-metrics-bench");
		List<String> properties = new ArrayList<>(List.of("--server.port=0", "--logging.level.root=WARN", "--logging.level.io.tanggap.metrics.StreamedRebuild=INFO",
				"--tanggap.data-dir=" + dataDir, "--tanggap.test-fixtures=false"));
		if (database.equals("postgres")) {
			properties.add("--spring.datasource.url=" + TestDatabases.newPostgresDatabase());
			properties.add("--spring.datasource.username=postgres");
		}
		boolean agreed;
		try (ConfigurableApplicationContext app = SpringApplication.run(TanggapApplication.class,
				properties.toArray(String[]::new))) {
			agreed = run(app, database, responses, repetitions, dataDir);
		}
		// Gigabytes at a million responses: a benchmark must not fill the disk it is measured on.
		org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
		System.out.printf("RESULT metrics_load_average_at_end_%s %.2f processes%n", database, loadAverage());
		System.out.printf("RESULT metrics_run_%s %.0f s%n", database, (System.nanoTime() - began) / 1e9);
		System.exit(agreed ? 0 : 1);
	}

	private static boolean run(ConfigurableApplicationContext app, String database, long responses, int repetitions,
			Path dataDir) throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		WorkspaceId workspace = app.getBean(WorkspaceSetup.class).create(new NewWorkspace("Bench " + suffix, "Owner",
				"bench-" + suffix + "@example.com", "kata-sandi-panjang-1", ZONE.getId(), "IDR", "id"), "bench");
		Actor owner = new Actor(workspace, Role.OWNER, "bench", Optional.empty());
		String key = app.getBean(ApiKeyManagement.class).createForBootstrap(workspace, "bench").key();
		List<UUID> branches = new ArrayList<>();
		for (int b = 0; b < 20; b++) {
			branches.add(app.getBean(BranchDirectory.class).add(owner, "Cabang " + (b + 1), CITIES[b % CITIES.length], null).id());
		}
		SurveyManagement surveys = app.getBean(SurveyManagement.class);
		SurveyId survey = surveys.publish(owner, surveys.create(owner, "Kunjungan", BenchSurvey.definition()).id()).id();
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		String tag = database;

		try (DuckDbAnswers duckDb = new DuckDbAnswers()) {
			long answers = generate(app.getBean(DataSource.class), duckDb, workspace, survey, branches, responses, tag);
			analyse(jdbc, database, "survey_response", "answer");

			TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
			RollupRecorder recorder = app.getBean(RollupRecorder.class);
			long start = System.nanoTime();
			transaction.executeWithoutResult(status -> recorder.rebuild(workspace));
			System.out.printf("RESULT metrics_rebuild_%s %.1f s%n", tag, (System.nanoTime() - start) / 1e9);
			analyse(jdbc, database, "score_rollup", "score_rollup_line");
			// The sizes before the rebuild below: its deleted rows take room until the database reclaims it.
			sizes(jdbc, database, workspace, responses, answers, dataDir);
			// Once more, with the rows the first rebuild wrote to be replaced and the responses read once.
			start = System.nanoTime();
			transaction.executeWithoutResult(status -> recorder.rebuild(workspace));
			System.out.printf("RESULT metrics_rebuild_again_%s %.1f s%n", tag, (System.nanoTime() - start) / 1e9);
			// What a restart costs before the first dashboard is quick: the rollups read into memory.
			start = System.nanoTime();
			app.getBean(RollupCube.class).loadAll();
			System.out.printf("RESULT metrics_cube_load_%s %.1f s%n", tag, (System.nanoTime() - start) / 1e9);
			System.out.printf("RESULT metrics_heap_%s %d MB%n", tag, heapAfterFullGc() >> 20);

			if (database.equals("h2")) {
				// H2 hands an identical query the previous result while no table it reads has changed; in a
				// service that receives responses every commit changes score_rollup, so the benchmark,
				// which writes nothing while it queries, turns that off to time the queries themselves. Only
				// now: it also makes H2 run an IN (subquery) again for every row (the rollups' count above
				// took over 20 minutes at a million responses).
				jdbc.execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
			}
			MetricsQuery metrics = app.getBean(MetricsQuery.class);
			LocalDate today = metrics.today(workspace);
			for (var measured : metrics.measure(owner, new Period(today.minusYears(3).plusDays(1), today), Segment.ALL).figures()) {
				System.out.println("data three years " + measured.figure().key() + " " + measured.figure().summary());
			}
			List<DashboardQueries.Query> queries = DashboardQueries.all(metrics, app.getBean(BranchRankings.class), app.getBean(Segments.class), owner,
					today, branches.get(2), Channel.WHATSAPP);
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			QueryRuns runs = new QueryRuns(tag, repetitions, new Http(port, key), duckDb.connection(),
					database.equals("postgres") ? app.getBean(DataSource.class) : null, workspace.value());
			runs.warmUp(queries, WARM_UP_SECONDS);
			boolean agreed = true;
			for (DashboardQueries.Query query : queries) {
				agreed &= runs.measure(query);
			}
			if (database.equals("postgres")) {
				// The embedded server is stopped at exit with a 5 s limit; after a bulk load its shutdown
				// checkpoint can take longer, and the server would outlive the benchmark.
				jdbc.execute("CHECKPOINT");
			}
			return agreed;
		}
	}

	/** Writes the responses to both databases; prints how fast; returns the number of answer rows. */
	private static long generate(DataSource dataSource, DuckDbAnswers duckDb, WorkspaceId workspace, SurveyId survey,
			List<UUID> branches, long responses, String tag) throws SQLException {
		long start = System.nanoTime();
		long[] done = new long[1];
		try (ServiceDatabaseRows rows = new ServiceDatabaseRows(dataSource, workspace.value(), survey.value())) {
			new ResponseGenerator(ZONE, branches, 20261125L).generate(responses, Instant.now(), response -> {
				try {
					rows.add(response);
					duckDb.add(response);
				}
				catch (SQLException e) {
					throw new IllegalStateException(e);
				}
				if (++done[0] % 1_000_000 == 0) {
					System.out.printf("progress %d responses in %.0f s%n", done[0], (System.nanoTime() - start) / 1e9);
				}
			});
			rows.close();
			duckDb.loaded();
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("RESULT metrics_responses_%s %d responses%n", tag, done[0]);
			System.out.printf("RESULT metrics_answers_%s %d answers%n", tag, rows.answers());
			System.out.printf("RESULT metrics_generation_%s %.1f s%n", tag, seconds);
			System.out.printf("RESULT metrics_write_rate_%s %.0f responses/s%n", tag, done[0] / rows.seconds());
			System.out.printf("RESULT metrics_duckdb_load_%s %.1f s%n", tag, duckDb.seconds());
			return rows.answers();
		}
	}

	/**
	 * Fresh planner statistics, as a running service has them from autovacuum (PostgreSQL) or H2's
	 * automatic analysis, so that the first queries after a bulk load are not planned blind.
	 */
	private static void analyse(JdbcTemplate jdbc, String database, String... tables) {
		for (String table : tables) {
			jdbc.execute(database.equals("postgres") ? "VACUUM ANALYZE " + table : "ANALYZE TABLE " + table);
		}
	}

	private static void sizes(JdbcTemplate jdbc, String database, WorkspaceId workspace, long responses, long answers,
			Path dataDir) throws java.io.IOException {
		long cells = jdbc.queryForObject("SELECT COUNT(*) FROM score_rollup WHERE " + ScoreRollups.OF_WORKSPACE,
				Long.class, workspace.value());
		System.out.printf("RESULT metrics_rollup_rows_%s %d rows%n", database, cells);
		System.out.printf("RESULT metrics_rollup_rows_per_response_%s %.2f ratio%n", database, (double) cells / responses);
		if (database.equals("postgres")) {
			long rollup = jdbc.queryForObject(
					"SELECT pg_total_relation_size('score_rollup') + pg_total_relation_size('score_rollup_line')", Long.class);
			long raw = jdbc.queryForObject(
					"SELECT pg_total_relation_size('survey_response') + pg_total_relation_size('answer')", Long.class);
			System.out.printf("RESULT metrics_rollup_size_postgres %d MB%n", rollup >> 20);
			System.out.printf("RESULT metrics_raw_size_postgres %d MB%n", raw >> 20);
		}
		else {
			try (var files = Files.walk(dataDir)) {
				long bytes = files.filter(f -> f.toString().endsWith(".mv.db")).mapToLong(f -> f.toFile().length()).sum();
				System.out.printf("RESULT metrics_h2_file_size %d MB%n", bytes >> 20);
			}
		}
		System.out.printf("progress %d answers, %d rollup rows%n", answers, cells);
	}

	/** @return the system load average of the last minute (runnable processes; 2 cores here) */
	private static double loadAverage() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static long heapAfterFullGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(200);
		}
		return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/**
	 * GET requests to the running service with the API key, on one keep-alive connection, by a
	 * client that takes little of the CPU it shares with the service ({@link KeepAliveClient}).
	 */
	record Http(String key, KeepAliveClient client) {

		Http(int port, String key) throws java.io.IOException {
			this(key, new KeepAliveClient(port));
		}

		void get(String path) throws Exception {
			KeepAliveClient.Reply reply = client.get(path, key);
			if (reply.status() != 200) {
				throw new IllegalStateException(path + " answered " + reply.status() + ": "
						+ new String(reply.body(), java.nio.charset.StandardCharsets.UTF_8));
			}
		}
	}
}
