package io.tanggap.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.tanggap.shared.Problem;

/** Two people submitting first-run setup at the same moment: exactly one workspace results. */
abstract class FirstRunRaceTests {

	@Autowired
	WorkspaceSetup setup;

	@Autowired
	JdbcClient jdbc;

	@Test
	void letsOnlyOneConcurrentFirstRunSucceed() throws Exception {
		int people = 4;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(people);
		List<Future<Boolean>> outcomes = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			int person = i;
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					setup.firstRun(new NewWorkspace("Kopi " + person, "Owner", "owner" + person + "@example.com",
							"kata-sandi-panjang-1", null, null, null));
					return true;
				}
				catch (Problem problem) {
					assertThat(problem.code()).isEqualTo("setup-done");
					return false;
				}
			}));
		}
		start.countDown();
		int succeeded = 0;
		for (Future<Boolean> outcome : outcomes) {
			succeeded += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
		}
		pool.shutdown();
		assertThat(succeeded).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM workspace").query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isEqualTo(1);
	}
}
