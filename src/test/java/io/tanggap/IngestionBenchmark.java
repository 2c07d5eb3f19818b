package io.tanggap;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.tanggap.identity.Actor;
import io.tanggap.identity.ApiKeyManagement;
import io.tanggap.identity.NewWorkspace;
import io.tanggap.identity.Role;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.shared.WorkspaceId;
import io.tanggap.survey.MetricRole;
import io.tanggap.survey.Question;
import io.tanggap.survey.QuestionType;
import io.tanggap.survey.SurveyDefinition;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;
import io.tanggap.survey.Text;

/**
 * Ingestion benchmark (a program, not a test): many concurrent HTTP clients post responses to a
 * running service for a fixed time; it reports acknowledged responses per second and p50/p99
 * latency, then, in the same process and database, the database's own ceiling for the same rows
 * written in batches without HTTP. Run by {@code bench/ingestion}; prints {@code RESULT} lines.
 * Arguments: {@code h2|postgres [clients] [seconds] [warm-up seconds]}: the warm-up runs the same
 * load uncounted, so that the figures are those of a service whose code the JIT has compiled.
 */
public final class IngestionBenchmark {

	/** How many comments the ceiling has written (one a response), which no reading is expected for. */
	private static long ceilingComments;

	/** The kind of ids the service gives responses (version 7), so that the ceiling writes the same rows. */
	private static final com.fasterxml.uuid.impl.TimeBasedEpochGenerator TIME_ORDERED =
			com.fasterxml.uuid.Generators.timeBasedEpochGenerator();

	public static void main(String[] args) throws Exception {
		String database = args.length > 0 ? args[0] : "h2";
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 128;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
		int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 120;
		int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;
		Path dataDir = Files.createTempDirectory("tanggap-bench");
		List<String> properties = new ArrayList<>(List.of("--server.port=0", "--logging.level.root=WARN",
				"--tanggap.data-dir=" + dataDir, "--tanggap.test-fixtures=false", "--spring.datasource.hikari.maximum-pool-size=32"));
		if (database.equals("postgres")) {
			properties.add("--spring.datasource.url=" + TestDatabases.newPostgresDatabase());
			properties.add("--spring.datasource.username=postgres");
		}
		try (ConfigurableApplicationContext app = SpringApplication.run(TanggapApplication.class,
				properties.toArray(String[]::new))) {
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			String suffix = UUID.randomUUID().toString().substring(0, 6);
			WorkspaceId workspace = app.getBean(WorkspaceSetup.class).create(new NewWorkspace("Bench " + suffix,
					"Owner", "bench-" + suffix + "@example.com", "kata-sandi-panjang-1", null, null, null), "bench");
			Actor owner = new Actor(workspace, Role.OWNER, "bench", java.util.Optional.empty());
			String key = app.getBean(ApiKeyManagement.class).createForBootstrap(workspace, "bench").key();
			SurveyManagement surveys = app.getBean(SurveyManagement.class);
			SurveyId survey = surveys.publish(owner, surveys.create(owner, "Bench", definition()).id()).id();

			Page page = respondentPage(port, survey);
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			// Rounds of load and ceiling, one after the other, so that both see the database as it
			// grows and the machine as it is; each alone moves by about a tenth from run to run.
			List<Load> loads = new ArrayList<>();
			List<Double> ceilings = new ArrayList<>();
			List<Double> readings = new ArrayList<>();
			for (int round = 1; round <= rounds; round++) {
				Load load = http(port, key, survey, clients, Duration.ofSeconds(round == 1 ? warmUp : 0),
						Duration.ofSeconds(seconds));
				// The comments are read once the rush is over; the ceiling is measured after that, on a quiet database.
				readings.add(caughtUp(jdbc));
				double ceiling = ceiling(jdbc, workspace, survey, Duration.ofSeconds(seconds));
				System.out.printf("round %d: %.0f acknowledged/s, ceiling %.0f/s%n", round, load.perSecond(), ceiling);
				System.out.printf("RESULT ingestion_http_%s_share_of_ceiling_round_%d %.3f ratio%n", database, round,
						load.perSecond() / ceiling);
				loads.add(load);
				ceilings.add(ceiling);
			}
			Load load = Load.of(loads);
			double ceiling = ceilings.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
			String tag = database;
			if (database.equals("h2")) {
				// The embedded database's file at the end, with how many responses it holds.
				try (var files = Files.walk(dataDir)) {
					long bytes = files.filter(f -> f.toString().endsWith(".mv.db")).mapToLong(f -> f.toFile().length()).sum();
					long stored = jdbc.queryForObject("SELECT COUNT(*) FROM survey_response", Long.class);
					System.out.printf("RESULT ingestion_h2_file_size %d MB%n", bytes >> 20);
					System.out.printf("RESULT ingestion_h2_responses_stored %d responses%n", stored);
				}
			}
			System.out.printf("RESULT ingestion_http_%s_cpu_per_response %.0f us%n", tag, load.cpuMicrosPerRequest());
			System.out.printf("RESULT ingestion_http_%s_acknowledged %.0f responses/s%n", tag, load.perSecond());
			System.out.printf("RESULT ingestion_http_%s_p50 %.1f ms%n", tag, load.percentile(50));
			System.out.printf("RESULT ingestion_http_%s_p99 %.1f ms%n", tag, load.percentile(99));
			System.out.printf("RESULT ingestion_http_%s_errors %d requests%n", tag, load.errors());
			System.out.printf("RESULT ingestion_database_ceiling_%s %.0f responses/s%n", tag, ceiling);
			System.out.printf("RESULT ingestion_http_%s_share_of_ceiling %.3f ratio%n", tag, load.perSecond() / ceiling);
			System.out.printf("RESULT comments_read_after_the_load_%s %.0f comments/s%n", tag,
					readings.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
			System.out.printf("RESULT respondent_page_%s_bytes %d bytes%n", tag, page.bytes());
			System.out.printf("RESULT respondent_page_%s_server_p50 %.2f ms%n", tag, page.p50Millis());
		}
		// Several gigabytes after a full run: a benchmark must not fill the disk it is measured on.
		org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
		System.exit(0);
	}

	/**
	 * Waits until every stored comment has been read (text analytics waits while the intake is busy
	 * and catches up after it), at most ten minutes.
	 * @return comments read per second while catching up
	 */
	private static double caughtUp(JdbcTemplate jdbc) throws InterruptedException {
		// The ceiling's rows are written past the service, so nothing announces their comments.
		long comments = jdbc.queryForObject("SELECT COUNT(*) FROM answer WHERE type = 'TEXT' AND text_value IS NOT NULL",
				Long.class) - ceilingComments;
		long before = jdbc.queryForObject("SELECT COUNT(*) FROM comment_analysis", Long.class);
		long start = System.nanoTime();
		long read = before;
		while (read < comments && System.nanoTime() - start < Duration.ofMinutes(10).toNanos()) {
			Thread.sleep(500);
			read = jdbc.queryForObject("SELECT COUNT(*) FROM comment_analysis", Long.class);
		}
		if (read < comments) {
			System.out.printf("RESULT comments_unread_after_ten_minutes %d comments%n", comments - read);
		}
		return (read - before) / ((System.nanoTime() - start) / 1e9);
	}

	/** The respondent page of the benchmark's survey: its size and the median time to serve it. */
	record Page(int bytes, double p50Millis) {
	}

	private static Page respondentPage(int port, SurveyId survey) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/s/" + survey)).build();
		int bytes = 0;
		long[] nanos = new long[300];
		for (int i = 0; i < 100; i++) {
			http.send(request, HttpResponse.BodyHandlers.discarding());
		}
		for (int i = 0; i < nanos.length; i++) {
			long t0 = System.nanoTime();
			bytes = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body().length;
			nanos[i] = System.nanoTime() - t0;
		}
		Arrays.sort(nanos);
		return new Page(bytes, nanos[nanos.length / 2] / 1e6);
	}

	/** Posts counted, with the process's CPU time while they ran. */
	record Load(long acknowledged, long errors, double seconds, long[] latenciesMicros, long cpuNanos) {

		/** The rounds together: their posts over their time. */
		static Load of(List<Load> rounds) {
			return new Load(rounds.stream().mapToLong(Load::acknowledged).sum(), rounds.stream().mapToLong(Load::errors).sum(),
					rounds.stream().mapToDouble(Load::seconds).sum(),
					rounds.stream().flatMapToLong(r -> Arrays.stream(r.latenciesMicros())).toArray(),
					rounds.stream().mapToLong(Load::cpuNanos).sum());
		}

		double perSecond() {
			return acknowledged / seconds;
		}

		double cpuMicrosPerRequest() {
			return cpuNanos / 1e3 / Math.max(1, acknowledged + errors);
		}

		double percentile(int p) {
			if (latenciesMicros.length == 0) {
				return Double.NaN;
			}
			long[] sorted = latenciesMicros.clone();
			Arrays.sort(sorted);
			return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
		}
	}

	/**
	 * {@code clients} keep-alive connections post for the warm-up and then for {@code duration}; only
	 * the latter is counted. One thread drives them all ({@link PostingLoad}), so that the load takes
	 * as little as possible of the CPU it shares with the service.
	 */
	private static Load http(int port, String key, SurveyId survey, int clients, Duration warmUp, Duration duration)
			throws Exception {
		PostingLoad posting = new PostingLoad(port, "/api/v1/surveys/" + survey + "/responses", key,
				IngestionBenchmark::body);
		java.util.concurrent.CompletableFuture<PostingLoad.Result> running = new java.util.concurrent.CompletableFuture<>();
		Thread generator = new Thread(() -> {
			try {
				running.complete(posting.run(clients, warmUp.toNanos() / 1e9, duration.toNanos() / 1e9));
			}
			catch (Throwable e) {
				running.completeExceptionally(e);
			}
		}, "load-generator");
		long start = System.nanoTime() + warmUp.toNanos();
		generator.start();
		while (System.nanoTime() < start) {
			Thread.sleep(10);
		}
		Cpu before = Cpu.now();
		PostingLoad.Result result = running.get();
		Cpu after = Cpu.now();
		long requests = Math.max(1, result.acknowledged() + result.errors());
		if (System.getProperty("threads") != null) {
			System.out.printf("threads jit %.0f us/response, gc %.0f us/response (wall time of pauses and concurrent work)%n",
					(after.jit() - before.jit()) * 1e3 / requests, (after.gc() - before.gc()) * 1e3 / requests);
			java.util.Map<String, Long> groups = new java.util.TreeMap<>();
			after.byThread().forEach((name, cpu) -> groups.merge(name.replaceAll("[#\\d]+", "N"),
					cpu - before.byThread().getOrDefault(name, 0L), Long::sum));
			groups.forEach((group, cpu) -> {
				if (cpu / 1e3 / requests >= 5) {
					System.out.printf("threads %s %.0f us/response%n", group, cpu / 1e3 / requests);
				}
			});
		}
		return new Load(result.acknowledged(), result.errors(), result.seconds(), result.latenciesMicros(),
				after.process() - before.process());
	}

	/** CPU time of the process and of its threads, by name. */
	record Cpu(long process, java.util.Map<String, Long> byThread, long jit, long gc) {
		static Cpu now() {
			var threads = java.lang.management.ManagementFactory.getThreadMXBean();
			java.util.Map<String, Long> byThread = new java.util.HashMap<>();
			for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
				if (info != null) {
					byThread.put(info.getThreadName() + "#" + info.getThreadId(), threads.getThreadCpuTime(info.getThreadId()));
				}
			}
			var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
			long gc = java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
				.mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
			return new Cpu(os.getProcessCpuTime(), byThread,
					java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime(), gc);
		}

		long threads(String prefix) {
			return byThread.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(e -> Math.max(0, e.getValue())).sum();
		}
	}

	private static String body() {
		return "{\"answers\": {\"nps\": " + java.util.concurrent.ThreadLocalRandom.current().nextInt(11)
				+ ", \"csat\": 4, \"comment\": \"Kopinya enak, pelayanan cepat\"}}";
	}

	/** The same rows (a response and its three answers) in batches of 500 per commit, no HTTP, one writer. */
	private static double ceiling(JdbcTemplate jdbc, WorkspaceId workspace, SurveyId survey, Duration duration) {
		long written = 0;
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		while (System.nanoTime() < end) {
			List<Object[]> responses = new ArrayList<>();
			List<Object[]> answers = new ArrayList<>();
			for (int i = 0; i < 500; i++) {
				UUID id = TIME_ORDERED.generate();
				responses.add(new Object[] { id, workspace.value(), survey.value(), 1, UUID.randomUUID().toString(), "API", "id", now, now, "94-" });
				answers.add(new Object[] { id, "nps", "NPS", "NPS", 9, 0, 10, null });
				answers.add(new Object[] { id, "csat", "CSAT_5", "CSAT", 4, 1, 5, null });
				answers.add(new Object[] { id, "comment", "TEXT", "NONE", null, null, null, "Kopinya enak, pelayanan cepat" });
			}
			jdbc.execute((java.sql.Connection connection) -> {
				connection.setAutoCommit(false);
				try (var r = connection.prepareStatement("""
						INSERT INTO survey_response (id, workspace_id, survey_id, survey_version, idempotency_key, channel,
						  language, submitted_at, received_at, scores) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
						var a = connection.prepareStatement("""
								INSERT INTO answer (response_id, question_id, type, role, score, scale_min, scale_max, text_value)
								VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
					for (Object[] row : responses) {
						for (int c = 0; c < row.length; c++) {
							r.setObject(c + 1, row[c]);
						}
						r.addBatch();
					}
					r.executeBatch();
					for (Object[] row : answers) {
						for (int c = 0; c < row.length; c++) {
							a.setObject(c + 1, row[c]);
						}
						a.addBatch();
					}
					a.executeBatch();
					connection.commit();
				}
				finally {
					connection.setAutoCommit(true);
				}
				return null;
			});
			written += 500;
			ceilingComments += 500;
		}
		return written / ((System.nanoTime() - start) / 1e9);
	}

	private static SurveyDefinition definition() {
		return new SurveyDefinition(List.of("id"), Text.of("Bench", "Bench"), List.of(
				new Question("nps", QuestionType.NPS, Text.of("NPS", "NPS"), true, MetricRole.NPS, null, null),
				new Question("csat", QuestionType.CSAT_5, Text.of("CSAT", "CSAT"), false, MetricRole.CSAT, null, null),
				new Question("comment", QuestionType.TEXT, Text.of("Komentar", "Comment"), false, null, null, null)),
				null);
	}
}
