package io.tanggap;

import java.nio.file.Path;
import java.util.List;

/** Event re-delivery on a real (embedded) PostgreSQL server. */
class EventRedeliveryOnPostgresTests extends EventRedeliveryTests {

	@Override
	List<String> database(Path dir) {
		return List.of("--spring.datasource.url=" + TestDatabases.newPostgresDatabase(),
				"--spring.datasource.username=postgres", "--spring.datasource.password=");
	}
}
