package io.tanggap.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many small commits to a file database leave most of its chunks dead; the upkeep rewrites them,
 * while writers go on, and keeps H2's retention time as it was.
 */
class EmbeddedDatabaseUpkeepTests {

	@TempDir
	Path directory;

	@Test
	void rewritesDeadChunksAndKeepsTheRetentionTime() throws Exception {
		JdbcDataSource dataSource = new JdbcDataSource();
		// H2 rewrites only chunks older than its retention time (45 s unless set shorter, as here).
		dataSource.setURL("jdbc:h2:file:" + directory.resolve("upkeep") + ";WRITE_DELAY=0;RETENTION_TIME=500");
		try (Connection connection = dataSource.getConnection()) {
			connection.createStatement().execute("CREATE TABLE r (id UUID PRIMARY KEY, k VARCHAR(100) UNIQUE)");
			connection.setAutoCommit(false);
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO r VALUES (?, ?)")) {
				for (int commit = 0; commit < 500; commit++) {
					for (int i = 0; i < 20; i++) {
						insert.setObject(1, UUID.randomUUID());
						insert.setString(2, UUID.randomUUID().toString());
						insert.addBatch();
					}
					insert.executeBatch();
					connection.commit();
				}
			}
			MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore()
				.getMvStore();
			int retention = store.getRetentionTime();
			assertThat(store.getFileStore().getChunksFillRate()).as("live share of the chunks after many small commits")
				.isLessThan(30);

			EmbeddedDatabaseUpkeep upkeep = new EmbeddedDatabaseUpkeep(dataSource, 50, 4 << 20);
			Thread.sleep(600);
			assertThat(upkeep.compact()).as("sparse chunks rewritten").isTrue();
			// Writers go on while it runs (surefire runs with assertions on, which H2 checks).
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO r VALUES (?, ?)")) {
				for (int commit = 0; commit < 50; commit++) {
					insert.setObject(1, UUID.randomUUID());
					insert.setString(2, UUID.randomUUID().toString());
					insert.executeUpdate();
					connection.commit();
					upkeep.compact();
				}
			}
			assertThat(store.getRetentionTime()).isEqualTo(retention);
			try (var count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM r")) {
				count.next();
				assertThat(count.getLong(1)).isEqualTo(10_050);
			}
		}
		assertThat(Files.size(directory.resolve("upkeep.mv.db"))).isPositive();
	}

	@Test
	void leavesOtherDatabasesAlone() throws Exception {
		JdbcDataSource memory = new JdbcDataSource();
		memory.setURL("jdbc:h2:mem:upkeep-" + UUID.randomUUID());
		assertThat(new EmbeddedDatabaseUpkeep(memory, 50, 4 << 20).compact()).isFalse();
	}
}
