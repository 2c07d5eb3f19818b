package io.tanggap.storage;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rewrites the embedded H2 file's sparse chunks, every second, while the service runs.
 * <p>
 * Why: every commit must reach the file before it is acknowledged ({@code WRITE_DELAY=0}), and with
 * that setting H2 starts no background thread, so nothing rewrites chunks that are mostly dead.
 * A chunk is freed only when all its pages are dead, and a random index (the idempotency keys)
 * keeps a few pages of almost every chunk alive for hours: under the ingestion benchmark the file
 * grew by about 150 MB a second with 2–3 % of its chunks alive. This task does what H2's own
 * background thread does with a write delay: {@code MVStore.compact} rewrites the live pages of
 * chunks below {@code tanggap.storage.compact-fill-percent} (default 50) live, up to
 * {@code tanggap.storage.compact-bytes} (default 4 MB) per run, under H2's store lock; the old
 * chunks are then freed after H2's retention time (45 s). It never moves chunks or changes the
 * retention time ({@code compactFile} does both, and it failed an H2 assertion when run while other
 * sessions write).
 */
@Component
class EmbeddedDatabaseUpkeep {

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseUpkeep.class);

	private final DataSource dataSource;
	private final int fillPercent;
	private final int bytes;
	private volatile boolean notH2;

	EmbeddedDatabaseUpkeep(DataSource dataSource, @Value("${tanggap.storage.compact-fill-percent:50}") int fillPercent,
			@Value("${tanggap.storage.compact-bytes:4194304}") int bytes) {
		this.dataSource = dataSource;
		this.fillPercent = fillPercent;
		this.bytes = bytes;
	}

	/** @return whether any chunk was rewritten */
	@Scheduled(fixedDelayString = "${tanggap.storage.compact-every-millis:1000}", initialDelay = 5000)
	boolean compact() {
		if (notH2 || fillPercent <= 0) {
			return false;
		}
		try (Connection connection = dataSource.getConnection()) {
			if (!connection.isWrapperFor(JdbcConnection.class)) {
				notH2 = true;
				return false;
			}
			MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase()
				.getStore().getMvStore();
			if (store.getFileStore() == null || store.isClosed() || store.getFileStore().isReadOnly()) {
				return false;
			}
			return store.compact(fillPercent, bytes);
		}
		catch (SQLException | RuntimeException e) {
			// A database that is closing or busy is compacted next time; nothing is lost by skipping.
			LOG.debug("Embedded database not compacted this time: {}", e.toString());
			return false;
		}
	}
}
