package io.tanggap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;

import io.tanggap.identity.NewWorkspace;
import io.tanggap.identity.WorkspaceCreated;
import io.tanggap.identity.WorkspaceSetup;
import io.tanggap.shared.WorkspaceId;

/**
 * The promise behind {@code republish-outstanding-events-on-restart}: an event whose listener failed
 * stays in the publication registry and is delivered again when the application next starts, on
 * every database the product supports. Each subclass names one database.
 */
abstract class EventRedeliveryTests {

	private static final Duration DELIVERY = Duration.ofSeconds(20);

	@TempDir
	Path dir;

	/**
	 * @param dir a directory that lives as long as the test
	 * @return the {@code --spring.datasource.*} arguments for a new, empty database that outlives
	 * one application context
	 */
	abstract List<String> database(Path dir);

	@Test
	void redeliversAnEventWhoseListenerFailedWhenTheApplicationStartsAgain() {
		List<String> database = database(dir);
		WorkspaceId workspace;
		try (ConfigurableApplicationContext first = start(database)) {
			workspace = first.getBean(WorkspaceSetup.class)
				.create(new NewWorkspace("Kopi Test", "Owner", "owner@example.com", "a-long-password-1", null, null,
						null), "test");
			// the listener runs after commit on another thread; wait until the registry has noted its failure
			await("first delivery failed and recorded").atMost(DELIVERY)
				.until(() -> FailsFirstDelivery.failures(workspace) == 1
						&& publication(first, workspace).filter(p -> p.attempts() > 0).isPresent());
			assertThat(publication(first, workspace)).hasValueSatisfying(p -> assertThat(p.completed()).isFalse());
			assertThat(FailsFirstDelivery.successes(workspace)).isZero();
		}
		try (ConfigurableApplicationContext second = start(database)) {
			await("event delivered again after the restart").atMost(DELIVERY)
				.until(() -> publication(second, workspace).filter(Publication::completed).isPresent());
			assertThat(FailsFirstDelivery.successes(workspace)).isEqualTo(1);
			assertThat(FailsFirstDelivery.failures(workspace)).isEqualTo(1);
		}
	}

	private static ConfigurableApplicationContext start(List<String> database) {
		// command-line arguments, because they outrank application.properties (builder properties do not)
		String[] arguments = Stream.concat(database.stream(), Stream.of("--tanggap.demo.enabled=false"))
			.toArray(String[]::new);
		return new SpringApplicationBuilder(TanggapApplication.class, FailsFirstDelivery.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(arguments);
	}

	/** The registry's record of delivering {@code workspace}'s creation to {@link FailsFirstDelivery}. */
	record Publication(String status, boolean completed, int attempts) {
	}

	private static Optional<Publication> publication(ConfigurableApplicationContext context, WorkspaceId workspace) {
		List<Map<String, Object>> rows = context.getBean(JdbcTemplate.class)
			.queryForList("select status, completion_date, completion_attempts from event_publication"
					+ " where listener_id like ? and serialized_event like ?",
					"%" + FailsFirstDelivery.class.getSimpleName() + "%", "%" + workspace + "%");
		assertThat(rows).as("publications of %s to the test listener", workspace).hasSizeLessThanOrEqualTo(1);
		return rows.stream().findFirst().map(row -> new Publication((String) row.get("status"),
				row.get("completion_date") != null, ((Number) Optional.ofNullable(row.get("completion_attempts"))
					.orElse(0)).intValue()));
	}

	/**
	 * A listener whose first delivery of each workspace's creation fails, as one does whose mail
	 * server is briefly away. Counts are static because they must outlive the application context;
	 * they are kept per workspace so the H2 and PostgreSQL runs in one JVM do not see each other.
	 */
	static class FailsFirstDelivery {

		private static final Map<WorkspaceId, AtomicInteger> FAILURES = new ConcurrentHashMap<>();
		private static final Map<WorkspaceId, AtomicInteger> SUCCESSES = new ConcurrentHashMap<>();

		@ApplicationModuleListener
		void on(WorkspaceCreated event) {
			if (FAILURES.putIfAbsent(event.workspace(), new AtomicInteger(1)) == null) {
				throw new IllegalStateException("first delivery of " + event.workspace() + " fails on purpose");
			}
			SUCCESSES.computeIfAbsent(event.workspace(), id -> new AtomicInteger()).incrementAndGet();
		}

		static int failures(WorkspaceId workspace) {
			return FAILURES.getOrDefault(workspace, new AtomicInteger()).get();
		}

		static int successes(WorkspaceId workspace) {
			return SUCCESSES.getOrDefault(workspace, new AtomicInteger()).get();
		}
	}
}
